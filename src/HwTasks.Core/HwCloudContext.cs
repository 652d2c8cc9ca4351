using System;
using System.Text;
using HwTasks.Core.Auth.Credentials;

namespace HwTasks.Core
{
    /// <summary>
    /// Who calls, where: a credential plus the defaults (region, project, endpoint) that go with it.
    /// Built by Connect-HwCloud / New-HwCloudContext; holds secrets only inside the credential, which
    /// never reveals them. Immutable, so one context can be shared by parallel runspaces.
    /// </summary>
    public sealed class HwCloudContext
    {
        public HwCloudContext(CloudCredential credential, string credentialSource, string? region = null, string? projectId = null,
            Uri? endpointUrl = null, string? iamEndpoint = null)
        {
            Credential = credential ?? throw new ArgumentNullException(nameof(credential));
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
