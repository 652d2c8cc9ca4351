using System.Collections.Generic;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Oms
{
    internal sealed class OmsSyncTaskListResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Tasks, "tasks");

        [JsonPropertyName("count")]
        public int? Count { get; set; }

        [JsonPropertyName("tasks")]
        public List<OmsSyncTask>? Tasks { get; set; }
    }
}
