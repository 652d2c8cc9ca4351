using System;
using System.Security;
using System.Threading;
using System.Threading.Tasks;

namespace HwTasks.Core.Http
{
    /// <summary>A token the user already has (-Token): sent as is, and not renewable when refused.</summary>
    public sealed class StaticTokenSource : TokenSource
    {
        private readonly Task<AuthToken> _token;

        public StaticTokenSource(SecureString token) =>
            _token = Task.FromResult(new AuthToken(token, DateTimeOffset.UtcNow, lifetime: null, projectId: null));

        public override string Description => "the -Token value";

        internal override Task<AuthToken> GetAsync(CallOptions options, CancellationToken cancellationToken) => _token;

        internal override bool Refused(AuthToken token) => false;
    }
}
