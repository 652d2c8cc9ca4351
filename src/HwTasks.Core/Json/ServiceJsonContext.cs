using System.Text.Json.Serialization;
using HwTasks.Core.Services.Aom;
using HwTasks.Core.Services.Cdm;
using HwTasks.Core.Services.DataArts;
using HwTasks.Core.Services.Kafka;
using HwTasks.Core.Services.Oms;

namespace HwTasks.Core.Json
{
    /// <summary>
    /// Source-generated (de)serializers for every service body: no reflection at run time. The
    /// tolerant converters are registered here once, for every property of their type: numbers,
    /// times and booleans as the services send them (numbers as strings, epoch ms or ISO-8601).
    /// </summary>
    [JsonSourceGenerationOptions(Converters = new[]
    {
        typeof(FlexibleStringConverter), typeof(FlexibleTimeConverter), typeof(FlexibleBooleanConverter),
        typeof(FlexibleInt32Converter), typeof(FlexibleInt64Converter), typeof(FlexibleDoubleConverter),
    })]
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
