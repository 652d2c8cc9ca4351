using System.Management.Automation;
using HwTasks.Testing.Sessions;

namespace HwTasks.Testing.Commands
{
    /// <summary>Stops emulators: the piped or given ones, every one of this session (-All), or this session's only one.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "HwCloudEmulator", DefaultParameterSetName = OneSet, SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class StopHwCloudEmulatorCommand : TestingCmdlet
    {
        private const string OneSet = "Emulator";
        private const string AllSet = "All";

        [Parameter(ParameterSetName = OneSet, ValueFromPipeline = true, Position = 0)]
        [ValidateNotNull]
        public HwCloudEmulator[]? Emulator { get; set; }

        /// <summary>Every emulator this session started.</summary>
        [Parameter(ParameterSetName = AllSet, Mandatory = true)]
        public SwitchParameter All { get; set; }

        protected override void Process()
        {
            if (All)
            {
                if (ShouldProcess("every emulator of this session", "Stop")) EmulatorSessions.StopCurrentSession();
                return;
            }
            // Stopping one that is already stopped, or none, is harmless: an AfterAll may follow a failed BeforeAll.
            var emulators = Emulator ?? (EmulatorChoice.OnlyOne(EmulatorSessions.Current()) is { } only ? new[] { only } : new HwCloudEmulator[0]);
            foreach (var emulator in emulators)
            {
                if (ShouldProcess(emulator.ToString(), "Stop")) EmulatorSessions.Stop(emulator);
            }
        }
    }
}
