using System.Linq;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;

namespace HwTasks.Internal
{
    /// <summary>
    /// For a session without credentials whose credentials file holds profiles but no [basic] (the
    /// section used without -ProfileName): which -ProfileName to pass, instead of creating [basic].
    /// </summary>
    internal static class ProfileHint
    {
        public static string? ForNoCredentials()
        {
            var ambient = new AmbientCredentials();
            try
            {
                var names = CredentialsFile.TryLoad(ambient.CredentialsFilePath)?.SectionNames.ToList();
                if (names is null || names.Count == 0 || names.Contains("basic")) return null;
                return "The credentials file '" + ambient.CredentialsFilePath + "' holds the profile" + (names.Count == 1 ? " " : "s ") +
                       string.Join(", ", names) + " but no [basic]: pass -ProfileName " + names[0] + " (or run Connect-HwCloud -ProfileName " + names[0] + ").";
            }
            catch (HwCloudException)
            {
                return null; // an unreadable file is the resolver's to report
            }
        }
    }
}
