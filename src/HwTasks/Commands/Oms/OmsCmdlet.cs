using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Oms;

namespace HwTasks.Commands.Oms
{
    public abstract class OmsCmdlet : ServiceCmdlet
    {
        internal static readonly OmsClient Oms = new OmsClient();

        protected internal override CloudService TargetService => OmsService.Instance;
    }
}
