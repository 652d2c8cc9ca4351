using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Cdm;

namespace HwTasks.Commands.Cdm
{
    /// <summary>What every CDM command shares: the service and its client.</summary>
    public abstract class CdmCmdlet : ServiceCmdlet
    {
        internal static readonly CdmClient Cdm = new CdmClient();

        protected internal override CloudService TargetService => CdmService.Instance;
    }
}
