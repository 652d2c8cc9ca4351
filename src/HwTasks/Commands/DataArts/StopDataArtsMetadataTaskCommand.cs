using System.Management.Automation;
using HwTasks.Internal;
using HwTasks.Core.Services.DataArts;

namespace HwTasks.Commands.DataArts
{
    /// <summary>Stops a metadata collection task: its running collection and its schedule.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "DataArtsMetadataTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(DataArtsTaskActionResult))]
    public sealed class StopDataArtsMetadataTaskCommand : DataArtsTaskActionCmdlet, IForceable
    {
        /// <summary>Acts without asking for confirmation (for unattended scripts); -WhatIf still sends nothing.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override DataArtsTaskAction Action => DataArtsTaskAction.Stop;
    }
}
