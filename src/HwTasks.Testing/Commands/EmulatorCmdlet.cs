using System.Management.Automation;
using HwTasks.Testing.Sessions;

namespace HwTasks.Testing.Commands
{
    /// <summary>A cmdlet that acts on one emulator: -Emulator, or the one emulator this session started.</summary>
    public abstract class EmulatorCmdlet : TestingCmdlet
    {
        /// <summary>Which emulator; by default the only one this session (runspace) started.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public HwCloudEmulator? Emulator { get; set; }

        /// <summary>The emulator to act on; a stopped one, none or several running stop the command first.</summary>
        protected HwCloudEmulator Target => EmulatorChoice.Running(Emulator);
    }
}
