using System.Collections.Generic;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Aom
{
    /// <summary>ListWorkflow's body: {page (0-based), size, search, type}; absent filters are left out.</summary>
    internal sealed class AomWorkflowListRequest
    {
        [JsonPropertyName("page")]
        public int Page { get; set; }

        [JsonPropertyName("size")]
        public int Size { get; set; }

        [JsonPropertyName("search")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Search { get; set; }

        /// <summary>cron, event or manual.</summary>
        [JsonPropertyName("type")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Type { get; set; }
    }

    internal sealed class AomWorkflowListResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Elements, "elements");

        [JsonPropertyName("elements")]
        public List<AomWorkflow>? Elements { get; set; }

        [JsonPropertyName("total_elements")]
        public int? TotalElements { get; set; }
    }
}
