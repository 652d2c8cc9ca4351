using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal.Waiting;

namespace HwTasks.Commands.Cdm
{
    /// <summary>Wait-HwTask waits on CDM runs (the submissions Start-, Stop-CdmJob and Get-CdmJobStatus write).</summary>
    internal sealed class CdmWaitables : WaitableSource
    {
        public override CloudService Service => CdmService.Instance;
        public override string Producers => "Start-/Stop-CdmJob, Get-CdmJobStatus";
        public override bool Accepts(object input) => input is CdmJobSubmission;
        public override Waitable Create(object input, ServiceTarget target) => new CdmRunWaitable(target, (CdmJobSubmission)input);
    }
}
