using System.Management.Automation;
using HwTasks.Testing.Seeding;

namespace HwTasks.Testing.Commands
{
    /// <summary>Replaces the whole service state with a seed document; faults, the log and the clock stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "HwCloudEmulatorSeed", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class SetHwCloudEmulatorSeedCommand : EmulatorCmdlet
    {
        /// <summary>The same forms as Start-HwCloudEmulator -Seed.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [AllowNull]
        public object? Seed { get; set; }

        protected override void Process()
        {
            var emulator = Target;
            var seed = SeedArgument.Load(Seed, this).Document;
            if (ShouldProcess(emulator.ToString(), "Replace the service state with the seed")) emulator.Server.Admin.Seed(seed);
        }
    }
}
