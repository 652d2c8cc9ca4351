using System.Threading;
using System.Threading.Tasks;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// Where the X-Auth-Token of a request comes from. The HTTP pipeline knows only this: a token the
    /// user gave (<see cref="StaticTokenSource"/>), or one IAM issues for a password (in Services/Iam).
    /// </summary>
    public abstract class TokenSource
    {
        /// <summary>For debug lines: whose token, never the token.</summary>
        public abstract string Description { get; }

        internal abstract Task<AuthToken> GetAsync(CallOptions options, CancellationToken cancellationToken);

        /// <summary>
        /// The service refused <paramref name="token"/> (401). Returns true when a new token can be
        /// had, so the request is worth sending once more; the refused token is never used again.
        /// </summary>
        internal abstract bool Refused(AuthToken token);
    }
}
