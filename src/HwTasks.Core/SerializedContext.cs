using System;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;

namespace HwTasks.Core
{
    /// <summary>
    /// What of an <see cref="HwCloudContext"/> survives PowerShell's serialization into another
    /// process (Start-Job, remoting): its public properties, never the credential's secret. To use it
    /// there, the credential is found again where it came from: the same credentials file section,
    /// or the environment (which a job inherits). A credential given as parameters exists nowhere
    /// else, so that context cannot cross; carrying its secret along would write it into the job's
    /// serialized input, which is the one thing that must not happen.
    /// </summary>
    public sealed class SerializedContext
    {
        /// <summary>Null when the serialized object did not say (another version of HwTasks).</summary>
        public CredentialSourceKind? CredentialSourceKind { get; set; }
        public string? ProfileName { get; set; }
        public string? CredentialsFilePath { get; set; }
        public string? CredentialSource { get; set; }
        /// <summary>The masked identity the context had, to make sure the source still holds the same key.</summary>
        public string? Identity { get; set; }
        public string? Region { get; set; }
        public string? ProjectId { get; set; }
        public Uri? EndpointUrl { get; set; }
        public string? IamEndpoint { get; set; }

        /// <summary>The context again, its credential read from its source in this process.</summary>
        public HwCloudContext Rehydrate(AmbientCredentials ambient)
        {
            var found = CredentialSourceKind switch
            {
                Auth.Credentials.CredentialSourceKind.Environment => ambient.FindInEnvironment() ?? throw HwCloudException.Configuration(
                    "ContextSourceMissing",
                    "The context came from " + CredentialSource + " in the parent, but this process has none of them set. " +
                    "Set them for the job too, or save a profile (Save-HwCloudProfile) and pass -ProfileName."),
                Auth.Credentials.CredentialSourceKind.CredentialsFile when ProfileName is not null => ambient.FindProfile(ProfileName, CredentialsFilePath),
                _ => throw HwCloudException.Configuration("ContextNotTransferable",
                    "This context was built from " + (CredentialSource ?? "parameters") + " in another process. Its secret does not travel " +
                    "with it (by design), so it cannot be used here. Save the credentials as a profile (Save-HwCloudProfile -ProfileName <name> " +
                    "-Credential <AK and SK>) and pass -ProfileName <name> in the job, or New-HwCloudContext -ProfileName <name> there."),
            };
            if (Identity is not null && !string.Equals(Identity, found.Credential.Identity, StringComparison.Ordinal))
            {
                throw HwCloudException.Configuration("ContextSourceChanged",
                    "The context was " + Identity + " from " + CredentialSource + ", but in this process that source holds " +
                    found.Credential.Identity + ". Build the context again from the source as it is now, or pass -ProfileName in the job.");
            }
            return new HwCloudContext(found.Credential, found.Source, Region, ProjectId, EndpointUrl, IamEndpoint, found.Origin);
        }
    }
}
