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
        [ValidateProfileName]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string ProfileName { get; set; } = string.Empty;

        /// <summary>Builds the context the parameters describe; a missing or unusable credential stops the command.</summary>
        protected HwCloudContext BuildContext()
        {
            try
            {
                var context = ReadContext();
                Streams.Debug("Credentials: " + context.AuthenticationType + " " + context.Identity + " from " + context.CredentialSource + ".");
                return context;
            }
            catch (HwCloudException failure)
            {
                ThrowTerminatingError(ErrorRecords.From(failure, ProfileName));
                throw; // not reached
            }
        }

        private HwCloudContext ReadContext()
        {
            switch (ParameterSetName)
            {
                case AccessKeySet:
                    RequireSecret(SecretKey, "SecretKey");
                    return Given(new AccessKeyCredential(AccessKey, SecretKey!, SecurityToken), "the -AccessKey and -SecretKey parameters");
                case CredentialSet:
                    if (string.IsNullOrWhiteSpace(Credential!.UserName))
                        ThrowInvalidArgument("Credential", "The -Credential user name must be the access key (AK) and its password the secret key (SK).");
                    RequireSecret(Credential.Password, "Credential");
                    return Given(new AccessKeyCredential(AccessKeyOf(Credential), Credential.Password, SecurityToken), "the -Credential parameter");
                case TokenSet:
                    RequireSecret(Token, "Token");
                    return Given(new TokenCredential(Token!), "the -Token parameter");
                case PasswordSet:
                    RequireSecret(Password, "Password");
                    return Given(new PasswordCredential(DomainName, UserName, Password!), "the -UserName, -DomainName and -Password parameters");
                default:
                    var ambient = new AmbientCredentials().FindRequired(ParameterSetName == ProfileSet ? ProfileName : null);
                    if (ambient.Warning is not null) Streams.Warning(ambient.Warning);
                    // A profile's region and project id are its defaults; the parameters win.
                    return HwCloudContext.From(ambient, Region, ProjectId, EndpointUrl);
            }
        }

        private HwCloudContext Given(CloudCredential credential, string source) =>
            new HwCloudContext(credential, source, Region, ProjectId, EndpointUrl);

        private void RequireSecret(SecureString? secret, string parameter)
        {
            if (secret is null || secret.Length == 0) ThrowInvalidArgument(parameter, "-" + parameter + " is empty. Pass the secret as a SecureString, e.g. (Read-Host -AsSecureString).");
        }

    }
}
