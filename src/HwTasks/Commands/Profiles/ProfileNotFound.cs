using System.Management.Automation;

namespace HwTasks.Commands.Profiles
{
    /// <summary>
    /// The error of a profile name the credentials file does not have: non-terminating, so the other
    /// names of the command still count.
    /// </summary>
    internal static class ProfileNotFound
    {
        public static ErrorRecord Record(string path, string name, bool fileExists) =>
            new ErrorRecord(new ItemNotFoundException("The credentials file '" + path + "' has no profile [" + name + "]" +
                                                      (fileExists ? "." : " (the file does not exist).")),
                "ProfileNotFound", ErrorCategory.ObjectNotFound, name);
    }
}
