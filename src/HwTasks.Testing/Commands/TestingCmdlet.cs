using System.Management.Automation;
using HwTasks.Testing.Internal;

namespace HwTasks.Testing.Commands
{
    /// <summary>
    /// The base of every HwTasks.Testing cmdlet: its work runs in <see cref="Process"/>, and an
    /// <see cref="EmulatorError"/> from anywhere below stops the command with that error's id.
    /// Everything here is local and quick, so each failure is terminating: a test should stop at it.
    /// </summary>
    public abstract class TestingCmdlet : PSCmdlet
    {
        protected sealed override void ProcessRecord()
        {
            try
            {
                Process();
            }
            catch (EmulatorError error)
            {
                ThrowTerminatingError(error.ToRecord());
            }
        }

        protected abstract void Process();
    }
}
