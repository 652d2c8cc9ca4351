using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;
using HwTasks.Core.Services.DataArts;
using HwTasks.Internal.Waiting;

namespace HwTasks.Commands.DataArts
{
    /// <summary>Wait-HwTask waits on DataArts metadata task runs: after an action, or for a task listed by Get-.</summary>
    internal sealed class DataArtsWaitables : WaitableSource
    {
        public override CloudService Service => DataArtsService.Instance;
        public override string Producers => "Start-/Stop-/Get-DataArtsMetadataTask";
        public override bool Accepts(object input) => input is DataArtsTaskActionResult || input is DataArtsMetadataTask { TaskId: { Length: > 0 } };

        public override Waitable Create(object input, ServiceTarget target) => input is DataArtsTaskActionResult action
            ? new DataArtsRunWaitable(target, action)
            : new DataArtsRunWaitable(target, ((DataArtsMetadataTask)input).WorkspaceId, ((DataArtsMetadataTask)input).TaskId!, (DataArtsMetadataTask)input);
    }
}
