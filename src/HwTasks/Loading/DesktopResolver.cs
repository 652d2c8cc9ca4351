using System;
using System.IO;
using System.Reflection;

namespace HwTasks.Loading
{
    /// <summary>
    /// Windows PowerShell 5.1 has one load context, so isolation is not possible; this resolver
    /// answers only for files in our dependency folder, and only for requests from our assemblies
    /// (or unattributed ones), so it never hands our copies to other modules.
    /// </summary>
    internal static class DesktopResolver
    {
        public static void Register(string directory)
        {
            AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
            {
                var name = new AssemblyName(args.Name);
                var path = Path.Combine(directory, name.Name + ".dll");
                if (!File.Exists(path)) return null;
                var requester = args.RequestingAssembly?.Location;
                if (requester is not null && !IsOurs(requester, directory)) return null;
                return Assembly.LoadFrom(path);
            };
        }

        private static bool IsOurs(string location, string directory)
        {
            var folder = Path.GetDirectoryName(location) ?? string.Empty;
            var parent = Path.GetDirectoryName(directory) ?? string.Empty;
            return string.Equals(folder, directory, StringComparison.OrdinalIgnoreCase) ||
                   string.Equals(folder, parent, StringComparison.OrdinalIgnoreCase);
        }
    }
}
