using System.Collections.Generic;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Aom
{
    internal sealed class AomWorkflowListResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Elements, "elements");

        [JsonPropertyName("elements")]
        public List<AomWorkflow>? Elements { get; set; }

        [JsonPropertyName("total_elements")]
        public int? TotalElements { get; set; }
    }
}
