using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.DataArts
{
    /// <summary>
    /// A DataArts Studio instance as ListDataArtsStudioInstances lists it: the SDK's model
    /// ApigCommodityOrder, an order record whose resource is the instance (resource_id is the
    /// instance id that ListManagerWorkSpaces takes).
    /// </summary>
    public sealed class DataArtsInstance : ServiceObject, IJsonOnDeserialized
    {
        // Without its id an instance's workspaces cannot be listed: a 200 of the wrong shape must not pass as one.
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(InstanceId, "resource_id");

        [JsonInclude]
        [JsonPropertyName("resource_id")]
        public string? InstanceId { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("resource_name")]
        public string? Name { get; internal set; }

        /// <summary>dayu.starter, dayu.basic, dayu.advanced, ...</summary>
        [JsonInclude]
        [JsonPropertyName("resource_spec_code")]
        public string? SpecificationCode { get; internal set; }

        /// <summary>The order's state as a number: 1 not yet in effect, 2 in effect, 3 deleted (unsubscribed), 4 frozen, 5 grace period, 6 being deleted.</summary>
        [JsonInclude]
        [JsonPropertyName("status")]
        public int? Status { get; internal set; }

        public override string ToString() => Name + " (" + InstanceId + ")";
    }
}
