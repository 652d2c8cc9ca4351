using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;
using HwTasks.Core.Services.Oms;
using HwTasks.Internal.Waiting;

namespace HwTasks.Commands.Oms
{
    /// <summary>Wait-HwTask waits on OMS sync tasks until they stop.</summary>
    internal sealed class OmsWaitables : WaitableSource
    {
        public override CloudService Service => OmsService.Instance;
        public override string Producers => "Start-/Stop-/Get-OmsSyncTask";
        public override bool Accepts(object input) => input is OmsSyncTask { SyncTaskId: { Length: > 0 } };
        public override Waitable Create(object input, ServiceTarget target) => new OmsSyncTaskWaitable(target, (OmsSyncTask)input);
    }
}
