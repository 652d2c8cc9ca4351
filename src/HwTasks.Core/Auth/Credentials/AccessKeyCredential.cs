using System;
using System.Security;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>AK/SK, optionally temporary (with a security token).</summary>
    public sealed class AccessKeyCredential : CloudCredential
    {
        public AccessKeyCredential(string accessKey, SecureString secretKey, SecureString? securityToken = null)
        {
            if (string.IsNullOrWhiteSpace(accessKey)) throw new ArgumentException("The access key is empty.", nameof(accessKey));
            if (secretKey is null || secretKey.Length == 0) throw new ArgumentException("The secret key is empty.", nameof(secretKey));
            AccessKey = accessKey.Trim();
            SecretKey = SecretText.Copy(secretKey);
            SecurityToken = securityToken is null || securityToken.Length == 0 ? null : SecretText.Copy(securityToken);
            CacheKey = CredentialFingerprint.Of("ak", new[] { AccessKey }, SecretKey, SecurityToken);
        }

        public override AuthenticationType AuthenticationType =>
            SecurityToken is null ? AuthenticationType.AccessKey : AuthenticationType.TemporaryAccessKey;

        public override string Identity => "AK " + MaskAccessKey(AccessKey);

        internal override string CacheKey { get; }

        // The AK is an identifier that travels in every Authorization header, but it is still kept
        // out of output: only the masked form is public.
        internal string AccessKey { get; }
        internal SecureString SecretKey { get; }
        internal SecureString? SecurityToken { get; }
    }
}
