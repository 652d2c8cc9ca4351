using System;
using System.Security;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>An IAM token the user already has, sent as X-Auth-Token.</summary>
    public sealed class TokenCredential : CloudCredential
    {
        public TokenCredential(SecureString token)
        {
            if (token is null || token.Length == 0) throw new ArgumentException("The token is empty.", nameof(token));
            Token = SecretText.Copy(token);
            CacheKey = CredentialFingerprint.Of("token", Array.Empty<string>(), Token);
        }

        public override AuthenticationType AuthenticationType => AuthenticationType.Token;
        public override string Identity => "IAM token";
        internal override string CacheKey { get; }
        internal SecureString Token { get; }
    }
}
