using System;
using System.IO;
using System.Reflection;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// Whether other users can read a file holding secrets. .NET 7+ exposes Unix modes
    /// (File.GetUnixFileMode); this assembly targets netstandard2.0 for Windows PowerShell too, so the
    /// method is found once by reflection. Windows (ACLs, no modes) and .NET Framework answer "no".
    /// </summary>
    internal static class FilePermissions
    {
        // UnixFileMode: GroupRead 0x20, GroupWrite 0x10, OtherRead 0x4, OtherWrite 0x2.
        private const int OthersAccess = 0x20 | 0x10 | 0x4 | 0x2;

        private static readonly MethodInfo? GetUnixFileMode =
            Environment.OSVersion.Platform == PlatformID.Unix || Environment.OSVersion.Platform == PlatformID.MacOSX
                ? typeof(File).GetMethod("GetUnixFileMode", new[] { typeof(string) })
                : null;

        /// <summary>A warning naming the fix, or null when only the owner can read and write the file.</summary>
        public static string? OthersMayRead(string path)
        {
            if (GetUnixFileMode is null) return null;
            int mode;
            try
            {
                mode = Convert.ToInt32(GetUnixFileMode.Invoke(null, new object[] { path }), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (TargetInvocationException)
            {
                return null;
            }
            if ((mode & OthersAccess) == 0) return null;
            return "The credentials file '" + path + "' can be read or written by other users (mode " + Convert.ToString(mode & 0x1FF, 8) +
                   "); it holds secret keys. Run: chmod 600 '" + path + "'";
        }
    }
}
