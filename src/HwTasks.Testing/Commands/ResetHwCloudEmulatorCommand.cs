using System.Management.Automation;
using HwTasks.Emulator.Seed;

namespace HwTasks.Testing.Commands
{
    /// <summary>
    /// Everything a test may have changed, back to how the emulator started: the seed it was started
    /// with, no faults, no chaos, service time and the gateway's clock as at the start, an empty
    /// request log. IAM tokens are kept, so a connected session stays connected.
    /// </summary>
    [Cmdlet(VerbsCommon.Reset, "HwCloudEmulator", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class ResetHwCloudEmulatorCommand : EmulatorCmdlet
    {
        protected override void Process()
        {
            var emulator = Target;
            if (!ShouldProcess(emulator.ToString(), "Reset to its start seed, without faults, clock moves or logged requests")) return;
            var admin = emulator.Server.Admin;
            admin.ClearFaults();
            admin.StopChaos();
            // Time first: the seed's "...HoursAgo" times are taken from the clock as it is seeded.
            admin.RewindClock();
            admin.Reset(emulator.SeedJson is null ? null : SeedLoader.Parse(emulator.SeedJson));
            admin.ClearRequests();
        }
    }
}
