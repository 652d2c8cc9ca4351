using System;
using System.Management.Automation;
using System.Runtime.InteropServices;

namespace HwTasks.Internal
{
    /// <summary>
    /// Debug, verbose and warning lines that never prompt. PowerShell turns -Debug into Inquire for
    /// the verbose and warning streams (and, on Windows PowerShell 5.1, for the debug stream too):
    /// each line would ask "Continue with this operation?", and in a non-interactive host fail. With
    /// -Debug, verbose lines (unless -Verbose was given) and warnings (unless -WarningAction was given)
    /// go to the debug stream instead, marked as such; on 5.1 debug lines go to the host's debug output.
    /// </summary>
    internal sealed class Streams
    {
        private static readonly bool DesktopEngine = RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        private readonly PSCmdlet _cmdlet;
        private readonly bool _debugSwitch;

        public Streams(PSCmdlet cmdlet)
        {
            _cmdlet = cmdlet;
            _debugSwitch = cmdlet.MyInvocation.BoundParameters.TryGetValue("Debug", out var debug) && debug is SwitchParameter on && on.IsPresent;
        }

        public void Debug(string line)
        {
            if (_debugSwitch && DesktopEngine) _cmdlet.Host.UI.WriteDebugLine(line);
            else _cmdlet.WriteDebug(line);
        }

        public void Verbose(string line)
        {
            if (_debugSwitch && !_cmdlet.MyInvocation.BoundParameters.ContainsKey("Verbose")) Debug(line);
            else _cmdlet.WriteVerbose(line);
        }

        public void Warning(string line)
        {
            if (_debugSwitch && !_cmdlet.MyInvocation.BoundParameters.ContainsKey("WarningAction")) Debug("WARNING: " + line);
            else _cmdlet.WriteWarning(line);
        }
    }
}
