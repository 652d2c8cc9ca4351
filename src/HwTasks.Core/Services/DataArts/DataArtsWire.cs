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

    /// <summary>ListDataArtsStudioInstances' body (the SDK's ListDataArtsStudioInstancesResponse): {billing_check, count, commodity_orders}.</summary>
    internal sealed class DataArtsInstanceListResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(CommodityOrders, "commodity_orders");

        /// <summary>How many instances there are, on every page.</summary>
        [JsonPropertyName("count")]
        public int? Count { get; set; }

        [JsonPropertyName("commodity_orders")]
        public List<DataArtsInstance>? CommodityOrders { get; set; }
    }

    /// <summary>ListManagerWorkSpaces' body (the SDK's ListManagerWorkSpacesResponse): {count, total_page, data}.</summary>
    internal sealed class DataArtsWorkspaceListResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Data, "data");

        [JsonPropertyName("count")]
        public int? Count { get; set; }

        [JsonPropertyName("total_page")]
        public int? TotalPages { get; set; }

        [JsonPropertyName("data")]
        public List<DataArtsWorkspace>? Data { get; set; }
    }
}
