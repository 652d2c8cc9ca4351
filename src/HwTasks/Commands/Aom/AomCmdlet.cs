using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Aom;

namespace HwTasks.Commands.Aom
{
    public abstract class AomCmdlet : ServiceCmdlet
    {
        internal static readonly AomClient Aom = new AomClient();

        protected internal override CloudService TargetService => AomService.Instance;
    }
}
