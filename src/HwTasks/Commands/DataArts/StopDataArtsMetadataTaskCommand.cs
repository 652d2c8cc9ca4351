using System.Management.Automation;
using HwTasks.Core.Services.DataArts;

namespace HwTasks.Commands.DataArts
{
    /// <summary>Stops a metadata collection task: its running collection and its schedule.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "DataArtsMetadataTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(DataArtsTaskActionResult))]
    public sealed class StopDataArtsMetadataTaskCommand : DataArtsTaskActionCmdlet
    {
        protected override DataArtsTaskAction Action => DataArtsTaskAction.Stop;
    }
}
