using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Aom
{
    /// <summary>Source-generated (de)serializers of AOM's bodies (its trigger answer is not JSON).</summary>
    [JsonSerializable(typeof(AomWorkflowListRequest))]
    [JsonSerializable(typeof(AomWorkflowListResponse))]
    internal sealed partial class AomJson : JsonSerializerContext
    {
        public static AomJson Wire { get; } = new AomJson(WireJson.NewOptions());
    }
}
