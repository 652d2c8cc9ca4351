using System.Management.Automation;

namespace HwTasks.Testing.Commands
{
    /// <summary>Empties the emulator's request log, so what a test asserts next is only what it sent.</summary>
    [Cmdlet(VerbsCommon.Clear, "HwCloudEmulatorRequest", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class ClearHwCloudEmulatorRequestCommand : EmulatorCmdlet
    {
        protected override void Process()
        {
            var emulator = Target;
            if (ShouldProcess(emulator.ToString(), "Clear the request log")) emulator.Server.Admin.ClearRequests();
        }
    }
}
