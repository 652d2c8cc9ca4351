using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace HwTasks.Core.Services.Kafka
{
    internal sealed class KafkaTaskListResponse
    {
        /// <summary>Sent as a string ("4"); read as a number.</summary>
        [JsonPropertyName("task_count")]
        public int? TaskCount { get; set; }

        [JsonPropertyName("tasks")]
        public List<KafkaBackgroundTask>? Tasks { get; set; }
    }
}
