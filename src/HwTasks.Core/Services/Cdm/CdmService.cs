using HwTasks.Core.Endpoints;

namespace HwTasks.Core.Services.Cdm
{
    /// <summary>Cloud Data Migration: cdm.{region}.myhuaweicloud.com, in the regions the SDKs know it.</summary>
    public sealed class CdmService : CloudService
    {
        public static readonly CdmService Instance = new CdmService();

        private CdmService() : base("Cdm", "CDM", "cdm", "CDM",
            "cn-north-4 cn-north-1 cn-east-2 cn-east-3 cn-south-1 ap-southeast-2 ap-southeast-1 cn-southwest-2 sa-brazil-1 af-south-1 " +
            "cn-south-2 la-south-2 cn-north-9 cn-north-2 na-mexico-1 la-north-2 ap-southeast-3 ap-southeast-4 tr-west-1 ae-ad-1")
        {
        }

        /// <summary>A missing cluster (Cdm.0002) is told apart from a missing job (Cdm.0100, the command's CdmJobNotFound).</summary>
        public override string? MissingObjectErrorId(string serviceErrorCode) =>
            serviceErrorCode == "Cdm.0002" ? "CdmClusterNotFound" : null;
    }
}
