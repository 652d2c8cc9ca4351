namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// A credential. Public members never return a secret: formatting, ToString() and serializers
    /// see only the kind and a masked identity.
    /// </summary>
    public abstract class CloudCredential
    {
        public abstract AuthenticationType AuthenticationType { get; }

        /// <summary>Who this credential is, safe to print: a masked AK, "user@domain" or "IAM token".</summary>
        public abstract string Identity { get; }

        /// <summary>
        /// A key for caches of things derived from the credential (IAM tokens, project ids): a keyed
        /// hash of all of it, secret included (<see cref="CredentialFingerprint"/>); not a secret.
        /// </summary>
        internal abstract string CacheKey { get; }

        public override string ToString() => AuthenticationType + " " + Identity;

        /// <summary>Shows the first and last four characters of an access key, enough to tell keys apart.</summary>
        public static string MaskAccessKey(string accessKey) =>
            accessKey.Length <= 8 ? new string('*', accessKey.Length) : accessKey.Substring(0, 4) + "…" + accessKey.Substring(accessKey.Length - 4);
    }
}
