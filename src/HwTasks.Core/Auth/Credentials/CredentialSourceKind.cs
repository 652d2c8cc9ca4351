namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// Where a credential was found. A context that crosses into another process (Start-Job,
    /// remoting) carries only this, never the secret, so the credential is found again there:
    /// possible for the environment and the credentials file, not for parameters.
    /// </summary>
    public enum CredentialSourceKind
    {
        /// <summary>Given to Connect-HwCloud or New-HwCloudContext as parameters: nowhere to find it again.</summary>
        Parameters,
        /// <summary>HUAWEICLOUD_SDK_AK/SK (or CLOUD_SDK_AK/SK) of the process.</summary>
        Environment,
        /// <summary>A section (profile) of the credentials file.</summary>
        CredentialsFile,
    }
}
