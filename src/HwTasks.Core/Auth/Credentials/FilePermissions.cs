using System;
using System.IO;
using System.Reflection;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// Unix modes of files holding secrets: whether other users can read one, and making a new one
    /// readable by its owner only. .NET 7+ exposes the modes (File.GetUnixFileMode and
    /// SetUnixFileMode, Directory.CreateDirectory(path, mode)); this assembly targets netstandard2.0
    /// for Windows PowerShell too, so the methods are found once by reflection. Windows (ACLs, no
    /// modes) and .NET Framework have none: there the user profile's inherited ACL is what exists.
    /// </summary>
    internal static class FilePermissions
    {
        // UnixFileMode: GroupRead 0x20, GroupWrite 0x10, OtherRead 0x4, OtherWrite 0x2.
        private const int OthersAccess = 0x20 | 0x10 | 0x4 | 0x2;
        private const int OwnerReadWrite = 0x100 | 0x80; // 0600
        private const int OwnerOnlyFolder = 0x100 | 0x80 | 0x40; // 0700

        private static readonly bool HasModes =
            Environment.OSVersion.Platform == PlatformID.Unix || Environment.OSVersion.Platform == PlatformID.MacOSX;

        private static readonly Type? UnixFileMode = HasModes ? Type.GetType("System.IO.UnixFileMode") : null;

        private static readonly MethodInfo? GetUnixFileMode =
            UnixFileMode is null ? null : typeof(File).GetMethod("GetUnixFileMode", new[] { typeof(string) });

        private static readonly MethodInfo? SetUnixFileMode =
            UnixFileMode is null ? null : typeof(File).GetMethod("SetUnixFileMode", new[] { typeof(string), UnixFileMode });

        private static readonly MethodInfo? CreateDirectoryWithMode =
            UnixFileMode is null ? null : typeof(Directory).GetMethod("CreateDirectory", new[] { typeof(string), UnixFileMode });

        // .NET 7+: FileStreamOptions.UnixCreateMode, the mode open(2) creates the file with.
        private static readonly Type? FileStreamOptions = UnixFileMode is null ? null : typeof(FileStream).Assembly.GetType("System.IO.FileStreamOptions");

        private static readonly PropertyInfo? UnixCreateMode = FileStreamOptions?.GetProperty("UnixCreateMode");

        private static readonly ConstructorInfo? FileStreamWithOptions =
            FileStreamOptions is null ? null : typeof(FileStream).GetConstructor(new[] { typeof(string), FileStreamOptions });

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

        /// <summary>Creates a folder (and its missing parents) with mode 0700 where modes exist.</summary>
        public static void CreateOwnerOnlyFolder(string path)
        {
            if (CreateDirectoryWithMode is null) Directory.CreateDirectory(path);
            else Invoke(CreateDirectoryWithMode, path, OwnerOnlyFolder);
        }

        /// <summary>
        /// Sets mode 0600 where modes exist: called on an empty or existing file before a secret is
        /// written into it, so no other user can open it while it holds one.
        /// </summary>
        public static void RestrictToOwner(string path)
        {
            if (SetUnixFileMode is not null) Invoke(SetUnixFileMode, path, OwnerReadWrite);
        }

        /// <summary>
        /// Creates a new file for writing that only its owner can open (mode 0600 where modes exist):
        /// created with that mode where the runtime can, so no other user can open it even while it
        /// is empty; otherwise restricted before the caller writes its first byte.
        /// </summary>
        public static FileStream CreateOwnerOnlyFile(string path)
        {
            FileStream stream;
            if (UnixCreateMode is null || FileStreamWithOptions is null)
            {
                stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            }
            else
            {
                var options = Activator.CreateInstance(FileStreamOptions!);
                FileStreamOptions!.GetProperty("Mode")!.SetValue(options, FileMode.CreateNew);
                FileStreamOptions.GetProperty("Access")!.SetValue(options, FileAccess.Write);
                FileStreamOptions.GetProperty("Share")!.SetValue(options, FileShare.None);
                UnixCreateMode.SetValue(options, Enum.ToObject(UnixFileMode!, OwnerReadWrite));
                stream = (FileStream)RuntimeMethods.Call(FileStreamWithOptions, null, path, options)!;
            }
            try
            {
                // Exactly 0600 whatever the umask took away.
                RestrictToOwner(path);
                return stream;
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        private static void Invoke(MethodInfo method, string path, int mode) =>
            RuntimeMethods.Call(method, null, path, Enum.ToObject(UnixFileMode!, mode));
    }
}
