using System.Management.Automation;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Profiles
{
    /// <summary>
    /// Removes profiles (sections) from the credentials file, keeping every other line. It deletes a
    /// secret key that may exist nowhere else, so it asks first (ConfirmImpact High); -Force skips
    /// the question, but -WhatIf still only says what would be removed.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "HwCloudProfile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveHwCloudProfileCommand : HwCloudCmdlet, IForceable
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateProfileName]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string[] ProfileName { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            var path = new AmbientCredentials().CredentialsFilePath;
            foreach (var name in ProfileName)
            {
                try
                {
                    var file = CredentialsFile.TryLoad(path);
                    var profile = file?.Profile(name);
                    if (profile is null)
                    {
                        WriteError(ProfileNotFound.Record(path, name, file is not null));
                        continue;
                    }
                    var sentence = "Remove profile [" + profile.ProfileName + "]" + (profile.MaskedAccessKey is null ? string.Empty : " with AK " + profile.MaskedAccessKey) +
                                   " from the credentials file '" + path + "'";
                    if (!ShouldChange(sentence)) continue;
                    // Removed under the file's lock from what it holds then: another process may have removed it meanwhile.
                    if (!CredentialsFileDocument.Change(path, current => current.RemoveProfile(name)))
                    {
                        WriteError(ProfileNotFound.Record(path, name, fileExists: true));
                        continue;
                    }
                    Streams.Verbose("Removed profile [" + profile.ProfileName + "] from '" + path + "'.");
                }
                catch (HwCloudException failure)
                {
                    WriteFailure(failure, name);
                }
            }
        }
    }
}
