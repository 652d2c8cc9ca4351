using System.Management.Automation;
using HwTasks.Core.Services.Aom;
using HwTasks.Validation;

namespace HwTasks.Commands.Aom
{
    /// <summary>Turns the timed trigger of an AOM workflow on or off (UpdateWorkflowTriggerStatus).</summary>
    [Cmdlet(VerbsCommon.Set, "AomWorkflowTrigger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(AomTriggerResult))]
    public sealed class SetAomWorkflowTriggerCommand : AomCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "an AOM workflow id")]
        public string WorkflowId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateSet("Enabled", "Disabled", IgnoreCase = true)]
        public AomTriggerState State { get; set; }

        protected override void ProcessRecord()
        {
            var state = State;
            if (!ShouldChange((state == AomTriggerState.Enabled ? "Enable" : "Disable") + " the timed trigger of AOM workflow " + WorkflowId)) return;
            ForItem(WorkflowId, "AomWorkflowNotFound", () =>
            {
                WriteObject(Call((target, options, ct) => Aom.SetTriggerAsync(target, WorkflowId, state, options, ct)));
            });
        }
    }
}
