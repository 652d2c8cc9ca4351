using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Kafka
{
    /// <summary>A Kafka (DMS) instance as ListInstances lists it (the SDK's model ShowInstanceResp, of which these are the fields HwTasks reads).</summary>
    public sealed class KafkaInstance : ServiceObject, IJsonOnDeserialized
    {
        // An instance without its id cannot be named on a command line: a 200 of the wrong shape must not pass as one.
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(InstanceId, "instance_id");

        [JsonInclude]
        [JsonPropertyName("instance_id")]
        public string? InstanceId { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("name")]
        public string? Name { get; internal set; }

        /// <summary>kafka.</summary>
        [JsonInclude]
        [JsonPropertyName("engine")]
        public string? Engine { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("engine_version")]
        public string? EngineVersion { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("specification")]
        public string? Specification { get; internal set; }

        /// <summary>
        /// The status as the service sends it (CREATING, RUNNING, RESTARTING, ERROR, FROZEN, ...): the API
        /// reference lists more than a dozen, and HwTasks only shows it, so it stays text.
        /// </summary>
        [JsonInclude]
        [JsonPropertyName("status")]
        public string? Status { get; internal set; }

        /// <summary>Sent as epoch milliseconds in a string.</summary>
        [JsonInclude]
        [JsonPropertyName("created_at")]
        public DateTimeOffset? CreatedTime { get; internal set; }

        public override string ToString() => Name + " (" + InstanceId + ") " + Status;
    }
}
