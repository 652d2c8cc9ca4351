using System.Collections.Generic;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.DataArts
{
    internal sealed class DataArtsTaskSearchResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Resources, "resources");

        [JsonPropertyName("count")]
        public int? Count { get; set; }

        [JsonPropertyName("total_records")]
        public int? TotalRecords { get; set; }

        [JsonPropertyName("resources")]
        public List<DataArtsMetadataTask>? Resources { get; set; }
    }

    internal sealed class DataArtsTaskSearchRequest
    {
        [JsonPropertyName("name")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Name { get; set; }

        [JsonPropertyName("limit")]
        public int Limit { get; set; }

        [JsonPropertyName("offset")]
        public int Offset { get; set; }
    }
}
