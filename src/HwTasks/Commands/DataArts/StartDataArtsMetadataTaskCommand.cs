using System.Management.Automation;
using HwTasks.Core.Services.DataArts;

namespace HwTasks.Commands.DataArts
{
    /// <summary>Runs a metadata collection task now, or with -Schedule turns on its schedule.</summary>
    [Cmdlet(VerbsLifecycle.Start, "DataArtsMetadataTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(DataArtsTaskActionResult))]
    public sealed class StartDataArtsMetadataTaskCommand : DataArtsTaskActionCmdlet
    {
        /// <summary>Sends action=schedule (run on the task's cron schedule) instead of action=start (run once now).</summary>
        [Parameter]
        public SwitchParameter Schedule { get; set; }

        protected override DataArtsTaskAction Action => Schedule ? DataArtsTaskAction.Schedule : DataArtsTaskAction.Start;
    }
}
