using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HwTasks.Loading
{
    /// <summary>
    /// Called by HwTasks.psm1 before the cmdlets are imported. Makes HwTasks.Core and its
    /// dependencies (Microsoft.Extensions.*, System.Text.Json) load from bin/dependencies without
    /// touching the copies other modules (Az, AWS.Tools, Graph) bring: a private AssemblyLoadContext
    /// on PowerShell 7, a resolver that answers only for our own files on Windows PowerShell 5.1.
    /// </summary>
    public static class DependencyLoader
    {
        private static readonly object Gate = new object();
        private static string? _registeredDirectory;

        public static void Register(string dependencyDirectory, string powerShellVersion)
        {
            RegisterResolver(dependencyDirectory);
            SetUserAgent(powerShellVersion);
        }

        // A separate method, so the JIT meets HwTasks.Core only after the resolver exists.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void SetUserAgent(string powerShellVersion) => Core.Http.UserAgent.SetHost(powerShellVersion);

        // Its own method: AssemblyLoadContext does not exist on .NET Framework, so the JIT must not
        // meet ModuleLoadContext while compiling code that also runs in Windows PowerShell.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void RegisterLoadContext(string directory) => ModuleLoadContext.Register(directory);

        private static void RegisterResolver(string dependencyDirectory)
        {
            var directory = Path.GetFullPath(dependencyDirectory);
            lock (Gate)
            {
                // Import-Module -Force imports again in the same process: one resolver is enough.
                if (_registeredDirectory is not null) return;
                if (!File.Exists(Path.Combine(directory, "HwTasks.Core.dll")))
                    throw new FileNotFoundException("HwTasks.Core.dll is missing from '" + directory + "'. Rebuild the module.");
                if (RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal))
                    DesktopResolver.Register(directory);
                else
                    RegisterLoadContext(directory);
                _registeredDirectory = directory;
            }
        }
    }
}
