using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace HwTasks.Loading
{
    /// <summary>
    /// PowerShell 7: HwTasks.Core and its dependencies live in this context. The default context
    /// asks it only for HwTasks.Core; everything Core needs is resolved here, preferring the .NET
    /// runtime's own assembly when it is at least as new (so System.Memory and friends are never
    /// duplicated) and our copy otherwise, whatever other modules have loaded.
    /// </summary>
    internal sealed class ModuleLoadContext : AssemblyLoadContext
    {
        private const string CoreAssemblyName = "HwTasks.Core";

        private readonly string _directory;
        // Built on the first dependency load, not at import, and from file names only.
        private readonly Lazy<Dictionary<string, string>> _platformAssemblies = new Lazy<Dictionary<string, string>>(ReadPlatformAssemblies);

        private ModuleLoadContext(string directory) => _directory = directory;

        public static void Register(string directory)
        {
            var context = new ModuleLoadContext(directory);
            Default.Resolving += (_, name) =>
                string.Equals(name.Name, CoreAssemblyName, StringComparison.Ordinal) ? context.LoadFromAssemblyName(name) : null;
        }

        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(_directory, name.Name + ".dll");
            if (!File.Exists(path)) return null;
            if (name.Name != CoreAssemblyName && PlatformVersion(name.Name!) >= (name.Version ?? new Version(0, 0)))
            {
                return null; // the runtime's copy serves
            }
            return LoadFromAssemblyPath(path);
        }

        private Version? PlatformVersion(string simpleName)
        {
            if (!_platformAssemblies.Value.TryGetValue(simpleName, out var path)) return null;
            try
            {
                return AssemblyName.GetAssemblyName(path).Version;
            }
            catch (Exception e) when (e is BadImageFormatException || e is IOException)
            {
                return null; // not a managed assembly we could use instead
            }
        }

        // The trusted platform assemblies are what the default context loads without help.
        private static Dictionary<string, string> ReadPlatformAssemblies()
        {
            var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
            foreach (var path in list.Split(Path.PathSeparator))
            {
                if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)) result[Path.GetFileNameWithoutExtension(path)] = path;
            }
            return result;
        }
    }
}
