using HwTasks.Core.Endpoints;

namespace HwTasks.Core.Services.Oms
{
    /// <summary>Object Storage Migration Service: oms.{region}.myhuaweicloud.com (sync tasks only in cn-north-4 and cn-east-3).</summary>
    public sealed class OmsService : CloudService
    {
        public static readonly OmsService Instance = new OmsService();

        private OmsService() : base("Oms", "OMS", "oms", "OMS",
            "cn-north-4 cn-north-1 cn-east-2 cn-east-3 cn-south-1 ap-southeast-1 ap-southeast-3 la-south-2 cn-south-4 cn-southwest-2 " +
            "ap-southeast-4 cn-north-9 ap-southeast-2 la-north-2 tr-west-1 sa-brazil-1 me-east-1 af-south-1 cn-east-4 ap-southeast-5 cn-north-12")
        {
        }
    }
}
