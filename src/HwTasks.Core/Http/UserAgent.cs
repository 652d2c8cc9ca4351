using System.Runtime.InteropServices;

namespace HwTasks.Core.Http
{
    /// <summary>HwTasks/&lt;version&gt; PowerShell/&lt;version&gt; (&lt;os&gt;). The module sets the host part once at import.</summary>
    public static class UserAgent
    {
        private static volatile string _value = Build("unknown");

        public static string Value => _value;

        public static void SetHost(string powerShellVersion) => _value = Build(powerShellVersion);

        private static string Build(string powerShellVersion)
        {
            var version = typeof(UserAgent).Assembly.GetName().Version;
            var os = RuntimeInformation.OSDescription.Trim().Replace('(', '[').Replace(')', ']');
            return "HwTasks/" + version.Major + "." + version.Minor + "." + version.Build +
                   " PowerShell/" + powerShellVersion + " (" + os + ")";
        }
    }
}
