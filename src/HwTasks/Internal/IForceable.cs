using System.Management.Automation;

namespace HwTasks.Internal
{
    /// <summary>A command that asks before it acts (ConfirmImpact High) and takes -Force to act without asking.</summary>
    internal interface IForceable
    {
        SwitchParameter Force { get; }
    }
}
