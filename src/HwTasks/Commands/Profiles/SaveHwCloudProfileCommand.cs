using System;
using System.Management.Automation;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Profiles
{
    /// <summary>
    /// Saves an access key pair as a profile (section) of the credentials file the Huawei SDKs read,
    /// for unattended scripts and jobs to use by name (-ProfileName) without a secret in the script.
    /// The SK arrives only as a PSCredential and goes from SecureString into the file, nowhere else.
    /// </summary>
    [Cmdlet(VerbsData.Save, "HwCloudProfile", SupportsShouldProcess = true)]
    [OutputType(typeof(HwCloudProfile))]
    public sealed class SaveHwCloudProfileCommand : HwCloudCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [TextOnly]
        [ValidateProfileName]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string ProfileName { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        [ValidateNotNull]
        [Credential]
        public PSCredential? Credential { get; set; }

        [Parameter]
        public System.Security.SecureString? SecurityToken { get; set; }

        [Parameter]
        [ValidateRegion]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? Region { get; set; }

        [Parameter]
        [ValidateProjectId]
        public string? ProjectId { get; set; }

        [Parameter]
        [ValidateEndpointUrl]
        public Uri? IamEndpoint { get; set; }

        /// <summary>The service endpoint Connect-HwCloud -ProfileName sends requests to (an emulator, a proxy, a private endpoint).</summary>
        [Parameter]
        [ValidateEndpointUrl]
        public Uri? EndpointUrl { get; set; }

        /// <summary>Replaces a profile of the same name; without it an existing profile is never overwritten.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var path = new AmbientCredentials().CredentialsFilePath;
            try
            {
                var credential = NewCredential();
                // What the file holds now decides the question; the change is made again, under the
                // file's lock, on what it holds then (another process may have changed it meanwhile).
                var document = CredentialsFileDocument.Open(path);
                var replacing = document.HasProfile(ProfileName);
                if (replacing && !Force) ThrowProfileExists(path);
                SetProfile(document, credential);
                var sentence = replacing
                    ? "Replace profile [" + ProfileName + "] with " + credential.Identity + " in the credentials file '" + path + "'"
                    : "Add profile [" + ProfileName + "] with " + credential.Identity + " to the credentials file '" + path + "'";
                if (!ShouldChange(sentence)) return;
                var written = CredentialsFileDocument.Change(path, current =>
                {
                    replacing = current.HasProfile(ProfileName);
                    if (replacing && !Force) return false;
                    current.SetProfile(ProfileName, credential, Region, ProjectId, IamEndpoint?.OriginalString, EndpointUrl?.OriginalString);
                    return true;
                });
                if (!written) ThrowProfileExists(path);
                Streams.Verbose((replacing ? "Replaced" : "Added") + " profile [" + ProfileName + "] in '" + path + "' (readable by its owner only).");
                if (PassThru) WriteObject(CredentialsFile.TryLoad(path)?.Profile(ProfileName));
            }
            catch (HwCloudException failure)
            {
                ThrowTerminatingError(ErrorRecords.From(failure, ProfileName));
            }
        }

        private void ThrowProfileExists(string path) =>
            ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(
                    "Profile [" + ProfileName + "] already exists in the credentials file '" + path + "'. Pass -Force to replace it."),
                "ProfileExists", ErrorCategory.ResourceExists, ProfileName));

        private AccessKeyCredential NewCredential()
        {
            if (string.IsNullOrWhiteSpace(Credential!.UserName) || Credential.Password is null || Credential.Password.Length == 0)
                ThrowInvalidArgument("Credential", "The -Credential user name must be the access key (AK) and its password the secret key (SK); neither may be empty.");
            return new AccessKeyCredential(AccessKeyOf(Credential), Credential.Password!, SecurityToken);
        }

        // The values are checked here, before -WhatIf or -Confirm, so a value the file could not hold is refused without asking.
        private void SetProfile(CredentialsFileDocument document, AccessKeyCredential credential)
        {
            try
            {
                document.SetProfile(ProfileName, credential, Region, ProjectId, IamEndpoint?.OriginalString, EndpointUrl?.OriginalString);
            }
            catch (ArgumentException problem)
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidProfileValue", problem.Message, ProfileName));
            }
        }
    }
}
