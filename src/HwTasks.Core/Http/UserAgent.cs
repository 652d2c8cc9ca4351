using System.Runtime.InteropServices;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// HwTasks/&lt;version&gt; PowerShell/&lt;version&gt; (&lt;os&gt;). The module names its host at import;
    /// the string is built on the first request, not then.
    /// </summary>
    public static class UserAgent
    {
        private static volatile string _host = "unknown";
        private static volatile string? _value;

        public static string Value => _value ??= Build(_host);

        public static void SetHost(string powerShellVersion)
        {
            _host = powerShellVersion;
            _value = null;
        }

        private static string Build(string powerShellVersion)
        {
            var version = typeof(UserAgent).Assembly.GetName().Version;
            var os = RuntimeInformation.OSDescription.Trim().Replace('(', '[').Replace(')', ']');
            return "HwTasks/" + version.Major + "." + version.Minor + "." + version.Build +
                   " PowerShell/" + powerShellVersion + " (" + os + ")";
        }
    }
}
