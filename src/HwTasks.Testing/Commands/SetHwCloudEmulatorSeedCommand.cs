using System.Management.Automation;
using HwTasks.Testing.Seeding;

namespace HwTasks.Testing.Commands
{
    /// <summary>Replaces the whole service state with a seed document; faults, the log and the clock stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "HwCloudEmulatorSeed")]
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
            emulator.Server.Admin.Seed(SeedArgument.Load(Seed, this).Document);
        }
    }
}
