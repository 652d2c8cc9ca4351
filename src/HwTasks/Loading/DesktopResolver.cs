using System;
using System.IO;
using System.Reflection;

namespace HwTasks.Loading
{
    /// <summary>
    /// Windows PowerShell 5.1 has one load context, so isolation is not possible. This resolver
    /// answers only when one of our own assemblies asks (DependencyLoader.AskedByUs), and only with
    /// files from our folders, so it never hands our copies to other modules.
    /// </summary>
    internal static class DesktopResolver
    {
        public static void Register(string binDirectory, string dependencies)
        {
            AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
            {
                if (!DependencyLoader.AskedByUs(args.RequestingAssembly, binDirectory, dependencies)) return null;
                var name = new AssemblyName(args.Name);
                // Windows PowerShell has no binding redirects for modules: any version of our file serves.
                var unversioned = new AssemblyName(name.Name);
                var path = string.Equals(name.Name, DependencyLoader.CoreAssemblyName, StringComparison.Ordinal)
                    ? DependencyLoader.OwnFile(binDirectory, unversioned)
                    : DependencyLoader.OwnFile(dependencies, unversioned);
                return path is null ? null : Assembly.LoadFrom(path);
            };
        }
    }
}
