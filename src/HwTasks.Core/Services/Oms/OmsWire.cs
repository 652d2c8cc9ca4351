using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace HwTasks.Core.Services.Oms
{
    internal sealed class OmsSyncTaskListResponse
    {
        [JsonPropertyName("count")]
        public int? Count { get; set; }

        [JsonPropertyName("tasks")]
        public List<OmsSyncTask>? Tasks { get; set; }
    }
}
