using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Kafka
{
    /// <summary>Source-generated deserializers of Kafka's background task and instance list bodies.</summary>
    [JsonSerializable(typeof(KafkaTaskListResponse))]
    [JsonSerializable(typeof(KafkaInstanceListResponse))]
    internal sealed partial class KafkaJson : JsonSerializerContext
    {
        public static KafkaJson Wire { get; } = new KafkaJson(WireJson.NewOptions());
    }
}
