using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace HwTasks.Loading
{
    /// <summary>
    /// PowerShell 7. HwTasks.Core loads into the default context beside HwTasks.dll, so PowerShell's
    /// type resolution sees it. When the default context cannot satisfy one of Core's third-party
    /// references (absent, or another module loaded an older copy), this context serves ours: to our
    /// own assemblies only. AppDomain.AssemblyResolve, unlike AssemblyLoadContext.Default.Resolving,
    /// says who asked (it runs right after Resolving, for the same failed load).
    /// Inside it, a dependency the default context already holds at a good enough version (the .NET
    /// runtime's own, or a copy another module loaded) is taken from there, so that Core and the
    /// dependencies it shares with its dependencies always agree on one copy of each type.
    /// </summary>
    internal sealed class ModuleLoadContext : AssemblyLoadContext
    {
        private readonly string _directory;
        // Built on the first dependency load, not at import, and from file names only.
        private readonly Lazy<Dictionary<string, string>> _platformAssemblies = new Lazy<Dictionary<string, string>>(ReadPlatformAssemblies);

        private ModuleLoadContext(string directory) => _directory = directory;

        public static void Register(string binDirectory, string dependencies)
        {
            var context = new ModuleLoadContext(dependencies);
            AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
            {
                if (!DependencyLoader.AskedByUs(args.RequestingAssembly, binDirectory, dependencies)) return null;
                var name = new AssemblyName(args.Name);
                if (string.Equals(name.Name, DependencyLoader.CoreAssemblyName, StringComparison.Ordinal))
                {
                    var core = DependencyLoader.OwnFile(binDirectory, name);
                    return core is null ? null : Default.LoadFromAssemblyPath(core);
                }
                // Only our own files, at least the version asked for.
                return DependencyLoader.OwnFile(dependencies, name) is null ? null : context.LoadFromAssemblyName(name);
            };
        }

        protected override Assembly? Load(AssemblyName name)
        {
            var path = DependencyLoader.OwnFile(_directory, name);
            if (path is null) return null;
            var wanted = name.Version ?? new Version(0, 0);
            return DefaultHolds(name.Name!, wanted) ? null : LoadFromAssemblyPath(path);
        }

        private bool DefaultHolds(string simpleName, Version wanted)
        {
            foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies())
            {
                if (loaded.IsDynamic || GetLoadContext(loaded) != Default) continue;
                var loadedName = loaded.GetName();
                if (string.Equals(loadedName.Name, simpleName, StringComparison.OrdinalIgnoreCase)) return loadedName.Version >= wanted;
            }
            return PlatformVersion(simpleName) >= wanted;
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
