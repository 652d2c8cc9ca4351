using System.Management.Automation;
using HwTasks.Internal;
using HwTasks.Core.Services.Aom;
using HwTasks.Validation;

namespace HwTasks.Commands.Aom
{
    /// <summary>Turns the timed trigger of an AOM workflow on or off (UpdateWorkflowTriggerStatus).</summary>
    [Cmdlet(VerbsCommon.Set, "AomWorkflowTrigger", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(AomTriggerResult))]
    public sealed class SetAomWorkflowTriggerCommand : AomCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

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
            var workflow = WorkflowId;
            ForItemCall(workflow, "AomWorkflowNotFound", async (call, ct) =>
                call.Write(await Aom.SetTriggerAsync(call.Target, workflow, state, call.Options, ct).ConfigureAwait(false)));
        }
    }
}
