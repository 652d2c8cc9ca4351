using System.Linq;
using System.Management.Automation;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Profiles
{
    /// <summary>
    /// Lists the profiles of the credentials file: names, masked access keys, defaults and the file.
    /// Never the secret key or the security token.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "HwCloudProfile")]
    [OutputType(typeof(HwCloudProfile))]
    public sealed class GetHwCloudProfileCommand : HwCloudCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string[]? ProfileName { get; set; }

        protected override void ProcessRecord()
        {
            var path = new AmbientCredentials().CredentialsFilePath;
            CredentialsFile? file;
            try
            {
                file = CredentialsFile.TryLoad(path);
            }
            catch (HwCloudException failure)
            {
                WriteFailure(failure, path);
                return;
            }
            if (file is null) Streams.Verbose("The credentials file '" + path + "' does not exist.");
            else if (file.TakeWarning() is { } warning) Streams.Warning(warning);
            var profiles = file?.Profiles.ToList() ?? new System.Collections.Generic.List<HwCloudProfile>();
            if (ProfileName is null)
            {
                WriteObject(profiles, enumerateCollection: true);
                return;
            }
            foreach (var name in ProfileName)
            {
                var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
                var matches = profiles.Where(p => pattern.IsMatch(p.ProfileName)).ToList();
                if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
                {
                    WriteError(ProfileNotFound.Record(path, name, file is not null));
                }
                WriteObject(matches, enumerateCollection: true);
            }
        }
    }
}
