using System;
using System.Management.Automation;
using System.Security;
using HwTasks.Core;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Context
{
    /// <summary>
    /// The parameters shared by Connect-HwCloud and New-HwCloudContext, and the one place a context
    /// is built from them. Secrets arrive only as SecureString or PSCredential.
    /// </summary>
    public abstract class ContextBuilderCmdlet : HwCloudCmdlet
    {
        protected const string AmbientSet = "Ambient";
        protected const string ProfileSet = "Profile";
        protected const string AccessKeySet = "AccessKey";
        protected const string CredentialSet = "Credential";
        protected const string TokenSet = "Token";
        protected const string PasswordSet = "Password";

        [Parameter]
        [ValidateRegion]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? Region { get; set; }

        [Parameter]
        [ValidateProjectId]
        public string? ProjectId { get; set; }

        [Parameter]
        [ValidateEndpointUrl]
        public Uri? EndpointUrl { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = AccessKeySet)]
        [TextOnly]
        [ValidateIdentifier(1, 128, What = "an access key (AK)")]
        public string AccessKey { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = AccessKeySet)]
        [ValidateNotNull]
        public SecureString? SecretKey { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
        [ValidateNotNull]
        [Credential]
        public PSCredential? Credential { get; set; }

        [Parameter(ParameterSetName = AccessKeySet)]
        [Parameter(ParameterSetName = CredentialSet)]
        public SecureString? SecurityToken { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = TokenSet)]
        [ValidateNotNull]
        public SecureString? Token { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = PasswordSet)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "an IAM user name")]
        public string UserName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = PasswordSet)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "an account (domain) name")]
        public string DomainName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = PasswordSet)]
        [ValidateNotNull]
        public SecureString? Password { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ProfileSet)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a credentials file section name")]
        public string ProfileName { get; set; } = string.Empty;

        /// <summary>Builds the context the parameters describe; a missing or unusable credential stops the command.</summary>
        protected HwCloudContext BuildContext()
        {
            try
            {
                var (credential, source, projectId, iamEndpoint) = ReadCredential();
                Streams.Debug("Credentials: " + credential.AuthenticationType + " " + credential.Identity + " from " + source + ".");
                return new HwCloudContext(credential, source, Region, ProjectId ?? projectId, EndpointUrl, iamEndpoint);
            }
            catch (HwCloudException failure)
            {
                ThrowTerminatingError(ErrorRecords.From(failure, ProfileName));
                throw; // not reached
            }
        }

        private (CloudCredential, string, string?, string?) ReadCredential()
        {
            switch (ParameterSetName)
            {
                case AccessKeySet:
                    RequireSecret(SecretKey, "SecretKey");
                    return (new AccessKeyCredential(AccessKey, SecretKey!, SecurityToken), "the -AccessKey and -SecretKey parameters", null, null);
                case CredentialSet:
                    if (string.IsNullOrWhiteSpace(Credential!.UserName))
                        ThrowInvalidArgument("Credential", "The -Credential user name must be the access key (AK) and its password the secret key (SK).");
                    RequireSecret(Credential.Password, "Credential");
                    return (new AccessKeyCredential(AccessKeyOf(Credential), Credential.Password, SecurityToken),
                        "the -Credential parameter", null, null);
                case TokenSet:
                    RequireSecret(Token, "Token");
                    return (new TokenCredential(Token!), "the -Token parameter", null, null);
                case PasswordSet:
                    RequireSecret(Password, "Password");
                    return (new PasswordCredential(DomainName, UserName, Password!), "the -UserName, -DomainName and -Password parameters", null, null);
                default:
                    var ambient = new AmbientCredentials().FindRequired(ParameterSetName == ProfileSet ? ProfileName : null);
                    if (ambient.Warning is not null) Streams.Warning(ambient.Warning);
                    return (ambient.Credential, ambient.Source, ambient.ProjectId, ambient.IamEndpoint);
            }
        }

        private void RequireSecret(SecureString? secret, string parameter)
        {
            if (secret is null || secret.Length == 0) ThrowInvalidArgument(parameter, "-" + parameter + " is empty. Pass the secret as a SecureString, e.g. (Read-Host -AsSecureString).");
        }

    }
}
