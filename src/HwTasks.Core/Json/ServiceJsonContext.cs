using System.Text.Json.Serialization;
using HwTasks.Core.Services.Aom;
using HwTasks.Core.Services.Cdm;
using HwTasks.Core.Services.DataArts;
using HwTasks.Core.Services.Kafka;
using HwTasks.Core.Services.Oms;

namespace HwTasks.Core.Json
{
    /// <summary>
    /// Source-generated (de)serializers for every service body: no reflection at run time, and
    /// numbers sent as strings are read as numbers, as the services send them.
    /// </summary>
    [JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(CdmSubmissionsResponse))]
    [JsonSerializable(typeof(CdmJobsResponse))]
    [JsonSerializable(typeof(CdmStopResponse))]
    [JsonSerializable(typeof(KafkaTaskListResponse))]
    [JsonSerializable(typeof(OmsSyncTaskListResponse))]
    [JsonSerializable(typeof(OmsSyncTask))]
    [JsonSerializable(typeof(AomWorkflowListResponse))]
    [JsonSerializable(typeof(DataArtsTaskSearchResponse))]
    [JsonSerializable(typeof(DataArtsTaskSearchRequest))]
    [JsonSerializable(typeof(DataArtsMetadataTask))]
    internal sealed partial class ServiceJsonContext : JsonSerializerContext
    {
    }
}
