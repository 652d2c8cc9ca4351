using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace HwTasks.Core.Services.DataArts
{
    internal sealed class DataArtsTaskSearchResponse
    {
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
