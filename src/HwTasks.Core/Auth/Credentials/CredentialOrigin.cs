namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// Where a credential came from, precisely enough to find it again in another process: the kind,
    /// and for the credentials file its path and section. Holds no secret.
    /// </summary>
    public sealed class CredentialOrigin
    {
        private CredentialOrigin(CredentialSourceKind kind, string? profileName, string? path)
        {
            Kind = kind;
            ProfileName = profileName;
            Path = path;
        }

        public static CredentialOrigin Parameters { get; } = new CredentialOrigin(CredentialSourceKind.Parameters, null, null);

        public static CredentialOrigin Environment { get; } = new CredentialOrigin(CredentialSourceKind.Environment, null, null);

        public static CredentialOrigin CredentialsFile(string path, string profileName) =>
            new CredentialOrigin(CredentialSourceKind.CredentialsFile, profileName, path);

        public CredentialSourceKind Kind { get; }
        /// <summary>The credentials file section, for <see cref="CredentialSourceKind.CredentialsFile"/>.</summary>
        public string? ProfileName { get; }
        /// <summary>The credentials file, for <see cref="CredentialSourceKind.CredentialsFile"/>.</summary>
        public string? Path { get; }
    }
}
