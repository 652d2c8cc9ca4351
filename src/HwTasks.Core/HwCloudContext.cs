using System;
using System.Text;
using HwTasks.Core.Auth.Credentials;

namespace HwTasks.Core
{
    /// <summary>
    /// Who calls, where: a credential plus the defaults (region, project, endpoint) that go with it.
    /// Built by Connect-HwCloud / New-HwCloudContext; holds secrets only inside the credential, which
    /// never reveals them. Immutable, so one context can be shared by parallel runspaces. Serialized
    /// (Start-Job, remoting), only its public properties travel: where the credential came from
    /// (<see cref="CredentialSourceKind"/>, <see cref="ProfileName"/>, <see cref="CredentialsFilePath"/>)
    /// and the defaults, from which <see cref="SerializedContext"/> finds the credential again.
    /// </summary>
    public sealed class HwCloudContext
    {
        public HwCloudContext(CloudCredential credential, string credentialSource, string? region = null, string? projectId = null,
            Uri? endpointUrl = null, string? iamEndpoint = null, CredentialOrigin? origin = null)
        {
            Credential = credential ?? throw new ArgumentNullException(nameof(credential));
            Origin = origin ?? CredentialOrigin.Parameters;
            CredentialSource = credentialSource ?? throw new ArgumentNullException(nameof(credentialSource));
            Region = Blank(region);
            ProjectId = Blank(projectId);
            EndpointUrl = endpointUrl;
            IamEndpoint = Blank(iamEndpoint);
        }

        public AuthenticationType AuthenticationType => Credential.AuthenticationType;
        /// <summary>A masked access key, "user@domain" or "IAM token".</summary>
        public string Identity => Credential.Identity;
        /// <summary>Where the credential came from (parameters, environment variables, credentials file section).</summary>
        public string CredentialSource { get; }
        public string? Region { get; }
        /// <summary>Applies to <see cref="Region"/> only; another region resolves its own project id.</summary>
        public string? ProjectId { get; }
        /// <summary>One base URL for every service (the emulator, a private gateway), or null for the public endpoints.</summary>
        public Uri? EndpointUrl { get; }
        public string? IamEndpoint { get; }
        public CloudCredential Credential { get; }
        /// <summary>Parameters, Environment or CredentialsFile: whether and where another process can find the credential again.</summary>
        public CredentialSourceKind CredentialSourceKind => Origin.Kind;
        /// <summary>The credentials file section the credential came from, else null.</summary>
        public string? ProfileName => Origin.ProfileName;
        /// <summary>The credentials file the credential came from, else null.</summary>
        public string? CredentialsFilePath => Origin.Path;
        internal CredentialOrigin Origin { get; }

        /// <summary>
        /// The context of credentials found in the environment or the credentials file: the given
        /// defaults, else the ones stored beside the credential (the section's region, and its project
        /// id unless another region is given: a project belongs to one region).
        /// </summary>
        public static HwCloudContext From(AmbientResult found, string? region = null, string? projectId = null, Uri? endpointUrl = null)
        {
            var sameRegion = region is null || found.Region is null || string.Equals(region, found.Region, StringComparison.Ordinal);
            return new HwCloudContext(found.Credential, found.Source, region ?? found.Region, projectId ?? (sameRegion ? found.ProjectId : null),
                endpointUrl ?? found.EndpointUrl, found.IamEndpoint, found.Origin);
        }

        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(AuthenticationType).Append(' ').Append(Identity);
            if (Region is not null) text.Append(" in ").Append(Region);
            if (ProjectId is not null) text.Append(" (project ").Append(ProjectId).Append(')');
            if (EndpointUrl is not null) text.Append(" via ").Append(EndpointUrl);
            return text.ToString();
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
