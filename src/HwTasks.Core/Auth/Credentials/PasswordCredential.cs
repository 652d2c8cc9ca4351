using System;
using System.Security;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>An IAM user and password; exchanged for a token by <see cref="Services.Iam.IamTokenSource"/>.</summary>
    public sealed class PasswordCredential : CloudCredential
    {
        public PasswordCredential(string domainName, string userName, SecureString password)
        {
            if (string.IsNullOrWhiteSpace(domainName)) throw new ArgumentException("The domain (account) name is empty.", nameof(domainName));
            if (string.IsNullOrWhiteSpace(userName)) throw new ArgumentException("The user name is empty.", nameof(userName));
            if (password is null || password.Length == 0) throw new ArgumentException("The password is empty.", nameof(password));
            DomainName = domainName.Trim();
            UserName = userName.Trim();
            Password = SecretText.Copy(password);
            // The password is part of the key: a wrong password can never reuse another's token.
            CacheKey = CredentialFingerprint.Of("user", new[] { DomainName, UserName }, Password);
        }

        public string DomainName { get; }
        public string UserName { get; }
        public override AuthenticationType AuthenticationType => AuthenticationType.Password;
        public override string Identity => UserName + "@" + DomainName;
        internal override string CacheKey { get; }
        internal SecureString Password { get; }
    }
}
