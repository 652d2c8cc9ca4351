using System.Management.Automation;
using HwTasks.Testing.Sessions;

namespace HwTasks.Testing.Loading
{
    /// <summary>
    /// PowerShell calls OnImport when it loads bin/HwTasks.Testing.dll (every import, -Force ones
    /// too) and OnRemove when Remove-Module takes the module away from a session.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport() => SharedCore.Require();

        /// <summary>A session that removes the module has no command left to stop its emulators with.</summary>
        public void OnRemove(PSModuleInfo psModuleInfo) => EmulatorSessions.StopCurrentSession();
    }
}
