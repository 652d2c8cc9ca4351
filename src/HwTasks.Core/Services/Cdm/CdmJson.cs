using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Cdm
{
    /// <summary>Source-generated (de)serializers of CDM's bodies: no reflection at run time.</summary>
    [JsonSerializable(typeof(CdmStartJobRequest))]
    [JsonSerializable(typeof(CdmSubmissionsResponse))]
    [JsonSerializable(typeof(CdmJobsResponse))]
    [JsonSerializable(typeof(CdmStopResponse))]
    [JsonSerializable(typeof(CdmClustersResponse))]
    internal sealed partial class CdmJson : JsonSerializerContext
    {
        public static CdmJson Wire { get; } = new CdmJson(WireJson.NewOptions());
    }
}
