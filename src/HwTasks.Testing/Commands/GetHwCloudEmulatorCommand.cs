using System;
using System.Linq;
using System.Management.Automation;
using HwTasks.Testing.Sessions;

namespace HwTasks.Testing.Commands
{
    /// <summary>The emulators this session started and that still run, oldest first: a lost $emulator is found again.</summary>
    [Cmdlet(VerbsCommon.Get, "HwCloudEmulator")]
    [OutputType(typeof(HwCloudEmulator))]
    public sealed class GetHwCloudEmulatorCommand : TestingCmdlet
    {
        /// <summary>Only the emulators whose name matches this wildcard pattern (any case).</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        protected override void Process()
        {
            var pattern = new WildcardPattern(Name ?? "*", WildcardOptions.IgnoreCase);
            foreach (var emulator in EmulatorSessions.Current().Where(e => pattern.IsMatch(e.Name))) WriteObject(emulator);
        }
    }
}
