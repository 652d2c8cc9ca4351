using System;
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
        [ArgumentCompleter(typeof(AomWorkflowIdCompleter))]
        public string[] WorkflowId { get; set; } = new string[0];

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateSet("Enabled", "Disabled", IgnoreCase = true)]
        public AomTriggerState State { get; set; }

        /// <summary>
        /// Bound from the Type of piped workflows, so that `Get-AomWorkflow | Set-AomWorkflowTrigger`
        /// refuses a manual workflow (it has no trigger) itself instead of sending a request AOM answers
        /// with 400. No ValidateSet: a type a newer AOM sends reads as Unknown and must still bind.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Type")]
        public AomWorkflowType? WorkflowType { get; set; }

        protected override void ProcessRecord()
        {
            var state = State;
            if (WorkflowType == AomWorkflowType.Manual)
            {
                foreach (var manual in WorkflowId) WriteError(HasNoTrigger(manual));
                return;
            }
            var verb = state == AomTriggerState.Enabled ? "Enable" : "Disable";
            ForEachId(WorkflowId, workflow => verb + " the timed trigger of AOM workflow " + workflow, "AomWorkflowNotFound", async (workflow, call, ct) =>
                call.Write(await Aom.SetTriggerAsync(call.Target, workflow, state, call.Options, ct).ConfigureAwait(false)));
        }

        private static ErrorRecord HasNoTrigger(string workflowId) => new ErrorRecord(
            new InvalidOperationException("AOM workflow '" + workflowId + "' is a manual workflow: it has no trigger to enable or disable, so nothing was sent for it. " +
                                          "Get-AomWorkflow -Type Cron (or Event) lists the workflows that have one."),
            "AomWorkflowHasNoTrigger", ErrorCategory.InvalidOperation, workflowId);
    }
}
