using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace HwTasks.Testing.Loading
{
    /// <summary>
    /// HwTasks.Emulator.dll and this module reference HwTasks.Core, which this module does not ship:
    /// they must bind to the copy the HwTasks module loaded into PowerShell's default load context
    /// (its HwCloudContext is the type -Context takes). A second copy would make every Core type
    /// a stranger to HwTasks' cmdlets, so the import fails instead, saying what to do.
    /// </summary>
    internal static class SharedCore
    {
        private const string CoreName = "HwTasks.Core";

        public static void Require()
        {
            // Looked up by name, without touching a Core type (that would load Core from anywhere).
            var wanted = typeof(SharedCore).Assembly.GetReferencedAssemblies().Single(a => a.Name == CoreName).Version!;
            var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.GetName().Name == CoreName).ToList();
            if (loaded.Count == 0)
                throw new InvalidOperationException(
                    "HwTasks.Testing needs the HwTasks module, which is not loaded: run 'Import-Module HwTasks' first, or import " +
                    "HwTasks.Testing by name (Import-Module HwTasks.Testing), whose manifest imports HwTasks " + wanted.ToString(3) + " itself.");
            var core = loaded.FirstOrDefault(a => AssemblyLoadContext.GetLoadContext(a) == AssemblyLoadContext.Default);
            if (core is null || loaded.Count > 1)
                throw new InvalidOperationException("HwTasks.Core is loaded " + Describe(loaded) + "; HwTasks.Testing needs the one copy HwTasks " +
                    "loads into the default load context. Start a new PowerShell session and import HwTasks.Testing there.");
            var version = core.GetName().Version!;
            if (version != wanted)
                throw new InvalidOperationException("HwTasks.Testing " + wanted.ToString(3) + " needs HwTasks " + wanted.ToString(3) + ", but this session loaded HwTasks " + version.ToString(3) +
                    ". Install the same version of both (Install-PSResource HwTasks.Testing brings its HwTasks) and start a new session.");
        }

        private static string Describe(System.Collections.Generic.IEnumerable<Assembly> copies) =>
            string.Join(" and ", copies.Select(a => "from '" + a.Location + "' (" + (AssemblyLoadContext.GetLoadContext(a)?.Name ?? "no load context") + ")"));
    }
}
