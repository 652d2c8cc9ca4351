using System.Management.Automation;

namespace HwTasks.Loading
{
    /// <summary>
    /// PowerShell calls this when it imports HwTasks.dll (the manifest's RootModule), before it looks
    /// at the cmdlets, on every import including -Force re-imports. It only registers the dependency
    /// resolver and names the host for the User-Agent: no network, no file scans.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer
    {
        public void OnImport() => DependencyLoader.Register();
    }
}
