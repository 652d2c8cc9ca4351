using System;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Http;

namespace HwTasks.Core.Services.Iam
{
    /// <summary>
    /// The token of an IAM user's password, from <see cref="IamTokenCache"/> on every attempt: a wait
    /// longer than a token's life renews it, and a token a service refuses is replaced once.
    /// </summary>
    public sealed class IamTokenSource : TokenSource
    {
        private readonly IamClient _iam;
        private readonly Uri _iamBase;
        private readonly PasswordCredential _credential;
        private readonly string _region;
        private readonly string _key;

        public IamTokenSource(IamClient iam, Uri iamBase, PasswordCredential credential, string region)
        {
            _iam = iam;
            _iamBase = iamBase;
            _credential = credential;
            _region = region;
            _key = credential.CacheKey + "|" + iamBase + "|" + region;
        }

        public override string Description => "an IAM token for " + _credential.Identity;

        internal override Task<AuthToken> GetAsync(CallOptions options, CancellationToken cancellationToken) =>
            IamTokenCache.GetAsync(_key, () => _iam.CreateTokenAsync(_iamBase, _credential, _region, options, CancellationToken.None),
                _credential.Identity + " in " + _region, options, cancellationToken);

        internal override bool Refused(AuthToken token)
        {
            IamTokenCache.Refuse(_key, token);
            return true;
        }
    }
}
