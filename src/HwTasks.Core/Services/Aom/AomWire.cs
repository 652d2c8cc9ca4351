using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace HwTasks.Core.Services.Aom
{
    internal sealed class AomWorkflowListResponse
    {
        [JsonPropertyName("elements")]
        public List<AomWorkflow>? Elements { get; set; }

        [JsonPropertyName("total_elements")]
        public int? TotalElements { get; set; }
    }
}
