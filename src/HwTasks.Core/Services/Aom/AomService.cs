using HwTasks.Core.Endpoints;

namespace HwTasks.Core.Services.Aom
{
    /// <summary>Application Operations Management: aom.{region}.myhuaweicloud.com.</summary>
    public sealed class AomService : CloudService
    {
        public static readonly AomService Instance = new AomService();

        private AomService() : base("Aom", "AOM", "aom", "AOM",
            "cn-north-4 cn-east-3 cn-south-1 cn-east-2 cn-north-1 cn-southwest-2 ap-southeast-1 af-south-1 ap-southeast-2 ap-southeast-3 " +
            "ap-southeast-4 cn-north-2 ru-northwest-2 la-south-2 sa-brazil-1 la-north-2 cn-north-9 cn-south-2 na-mexico-1 tr-west-1 " +
            "me-east-1 ae-ad-1 ru-moscow-1 my-kualalumpur-1 ap-southeast-5 af-north-1 cn-north-12 cn-east-5 cn-east-4 cn-north-11 cn-southwest-3")
        {
        }
    }
}
