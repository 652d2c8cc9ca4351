using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.DataArts
{
    /// <summary>Source-generated (de)serializers of DataArts Studio's metadata task, instance and workspace bodies.</summary>
    [JsonSerializable(typeof(DataArtsTaskSearchRequest))]
    [JsonSerializable(typeof(DataArtsTaskSearchResponse))]
    [JsonSerializable(typeof(DataArtsMetadataTask))]
    [JsonSerializable(typeof(DataArtsInstanceListResponse))]
    [JsonSerializable(typeof(DataArtsWorkspaceListResponse))]
    internal sealed partial class DataArtsJson : JsonSerializerContext
    {
        public static DataArtsJson Wire { get; } = new DataArtsJson(WireJson.NewOptions());
    }
}
