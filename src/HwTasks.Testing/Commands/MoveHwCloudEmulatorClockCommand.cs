using System;
using System.Globalization;
using System.Management.Automation;
using HwTasks.Testing.Internal;

namespace HwTasks.Testing.Commands
{
    /// <summary>
    /// Moves service time forward, so runs finish, schedules fire and IAM tokens expire without
    /// waiting. The gateway's clock, which checks the signature date, stays on this machine's.
    /// </summary>
    [Cmdlet(VerbsCommon.Move, "HwCloudEmulatorClock", DefaultParameterSetName = SecondsSet, SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class MoveHwCloudEmulatorClockCommand : EmulatorCmdlet
    {
        private const string SecondsSet = "Seconds";
        private const string BySet = "By";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = SecondsSet)]
        [ValidateRange(0, 1e9)]
        public double Seconds { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = BySet)]
        public TimeSpan By { get; set; }

        protected override void Process()
        {
            var by = ParameterSetName == BySet ? Checked(By) : TimeSpan.FromSeconds(Seconds);
            var emulator = Target;
            if (ShouldProcess(emulator.ToString(), "Move service time forward by " + by)) emulator.Server.Admin.AdvanceClock(by);
        }

        // PowerShell converts a bare number to a TimeSpan of that many ticks ([TimeSpan]5 is 500 ns):
        // a move that small is that mistake, not a wish.
        private static TimeSpan Checked(TimeSpan by)
        {
            if (by < TimeSpan.Zero)
                throw EmulatorError.InvalidArgument("By", "-By " + by + " is negative: service time only moves forward. Reset-HwCloudEmulator takes it back to the start.", by);
            if (by > TimeSpan.Zero && by < TimeSpan.FromMilliseconds(1))
            {
                var ticks = by.Ticks.ToString(CultureInfo.InvariantCulture);
                throw EmulatorError.InvalidArgument("By", "-By is only " + ticks + " ticks: PowerShell reads a bare number as a TimeSpan of that many " +
                    "ticks. Pass -Seconds " + ticks + ", or -By (New-TimeSpan -Seconds " + ticks + ").", by);
            }
            return by;
        }
    }
}
