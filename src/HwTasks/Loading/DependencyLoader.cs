using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HwTasks.Loading
{
    /// <summary>
    /// Where the module's assemblies come from. HwTasks.dll and HwTasks.Core.dll sit in bin/ and load
    /// into PowerShell's own (default) context, so every public type — models, enums, HwCloudContext,
    /// HwCloudException — resolves by name from a script, as on Windows PowerShell. Only the
    /// third-party closure in bin/dependencies (Microsoft.Extensions.*, System.Text.Json and theirs)
    /// loads privately: an AssemblyLoadContext on PowerShell 7, a resolver scoped to our own
    /// assemblies on Windows PowerShell 5.1.
    /// </summary>
    internal static class DependencyLoader
    {
        internal const string CoreAssemblyName = "HwTasks.Core";
        private static readonly object Gate = new object();
        private static bool _registered;

        /// <summary>Idempotent: Import-Module -Force and Remove-Module + Import-Module call it again in the same process.</summary>
        public static void Register()
        {
            lock (Gate)
            {
                // Registered once for the process and never removed: other runspaces may still use
                // the module after one of them runs Remove-Module.
                if (_registered) return;
                var binDirectory = Path.GetDirectoryName(typeof(DependencyLoader).Assembly.Location)!;
                var dependencies = Path.Combine(binDirectory, "dependencies");
                if (!File.Exists(Path.Combine(binDirectory, CoreAssemblyName + ".dll")))
                    throw new FileNotFoundException("HwTasks.Core.dll is missing from '" + binDirectory + "'. Rebuild the module.");
                if (RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
                    DesktopResolver.Register(binDirectory, dependencies);
                else
                    RegisterLoadContext(binDirectory, dependencies);
                _registered = true;
            }
            SetUserAgent(PowerShellVersion());
        }

        // Its own method: AssemblyLoadContext does not exist on .NET Framework, so the JIT must not
        // meet ModuleLoadContext while compiling code that also runs in Windows PowerShell.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void RegisterLoadContext(string binDirectory, string dependencies) => ModuleLoadContext.Register(binDirectory, dependencies);

        // A separate method, so the JIT meets HwTasks.Core only after the resolver exists.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void SetUserAgent(string powerShellVersion) => Core.Http.UserAgent.SetHost(powerShellVersion);

        // PSVersionInfo is public on PowerShell 7 and internal on 5.1; its PSVersion is what $PSVersionTable shows.
        private static string PowerShellVersion()
        {
            var type = typeof(System.Management.Automation.PSObject).Assembly.GetType("System.Management.Automation.PSVersionInfo");
            var property = type?.GetProperty("PSVersion", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);
            return property?.GetValue(null)?.ToString() ?? "unknown";
        }

        /// <summary>
        /// Whether one of our own assemblies (bin/ or bin/dependencies/) made the request. Both resolvers
        /// answer only then, as PSResourceGet's does: a stranger asking for a name that happens to be in
        /// bin/dependencies (a script's Assembly.Load, another module's missing dependency) is not
        /// handed our private copy. A request with no requesting assembly is not ours to answer.
        /// </summary>
        internal static bool AskedByUs(Assembly? requester, string binDirectory, string dependencies)
        {
            if (requester is null || requester.IsDynamic) return false;
            var folder = Path.GetDirectoryName(requester.Location) ?? string.Empty;
            return string.Equals(folder, binDirectory, StringComparison.OrdinalIgnoreCase) ||
                   string.Equals(folder, dependencies, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The file that serves a request, when it is ours and at least the version asked for.</summary>
        internal static string? OwnFile(string directory, AssemblyName requested)
        {
            var path = Path.Combine(directory, requested.Name + ".dll");
            if (!File.Exists(path)) return null;
            if (requested.Version is null) return path;
            try
            {
                return AssemblyName.GetAssemblyName(path).Version >= requested.Version ? path : null;
            }
            catch (Exception e) when (e is BadImageFormatException || e is IOException)
            {
                return null;
            }
        }
    }
}
