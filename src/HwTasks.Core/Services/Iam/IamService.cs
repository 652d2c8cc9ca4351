using HwTasks.Core.Endpoints;

namespace HwTasks.Core.Services.Iam
{
    /// <summary>Identity and Access Management: offered in every region, without project ids.</summary>
    public sealed class IamService : CloudService
    {
        public static readonly IamService Instance = new IamService();

        private IamService() : base("Iam", "IAM", "iam", "IAM", string.Empty)
        {
        }

        public override bool IsRegional => false;

        public override string? EndpointVariable => "HUAWEICLOUD_SDK_IAM_ENDPOINT";
    }
}
