using System.Collections.Generic;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Kafka
{
    internal sealed class KafkaTaskListResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Tasks, "tasks");

        /// <summary>Sent as a string ("4"); read as a number.</summary>
        [JsonPropertyName("task_count")]
        public int? TaskCount { get; set; }

        [JsonPropertyName("tasks")]
        public List<KafkaBackgroundTask>? Tasks { get; set; }
    }

    /// <summary>ListInstances' body (the SDK's ListInstancesResponse): {"instances":[...],"instance_num":n}.</summary>
    internal sealed class KafkaInstanceListResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Instances, "instances");

        [JsonPropertyName("instances")]
        public List<KafkaInstance>? Instances { get; set; }

        /// <summary>How many instances match, on every page.</summary>
        [JsonPropertyName("instance_num")]
        public int? InstanceCount { get; set; }
    }
}
