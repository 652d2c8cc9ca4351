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

    /// <summary>
    /// ListDataArtsStudioInstances' body (the SDK's ListDataArtsStudioInstancesResponse): {billing_check, count, commodity_orders}.
    /// The Python SDK before 3.1.202, and the Go SDK as of 0.1.188, name the list commodity_order_lists: read either.
    /// </summary>
    internal sealed class DataArtsInstanceListResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Orders, "commodity_orders");

        /// <summary>The instances, under whichever of the two names the body has (commodity_orders when both).</summary>
        [JsonIgnore]
        public List<DataArtsInstance>? Orders => CommodityOrders ?? CommodityOrderLists;

        /// <summary>How many instances there are, on every page.</summary>
        [JsonPropertyName("count")]
        public int? Count { get; set; }

        [JsonPropertyName("commodity_orders")]
        public List<DataArtsInstance>? CommodityOrders { get; set; }

        [JsonPropertyName("commodity_order_lists")]
        public List<DataArtsInstance>? CommodityOrderLists { get; set; }
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
