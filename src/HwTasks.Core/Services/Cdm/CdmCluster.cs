using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Cdm
{
    /// <summary>A CDM cluster as ListClusters lists it (the SDK's model Clusters; its fields are camelCase on the wire).</summary>
    public sealed class CdmCluster : ServiceObject, IJsonOnDeserialized
    {
        // A cluster without its id cannot be named on a command line: a 200 of the wrong shape must not pass as one.
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(ClusterId, "id");

        [JsonInclude]
        [JsonPropertyName("id")]
        public string? ClusterId { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("name")]
        public string? Name { get; internal set; }

        /// <summary>The state the code means; a code this version does not know reads as Unknown (see StatusText).</summary>
        [JsonIgnore]
        public CdmClusterStatus Status => WireEnumConverter<CdmClusterStatus>.Parse(StatusText);

        /// <summary>The status code exactly as the service sent it ("200" is a cluster in service).</summary>
        [JsonInclude]
        [JsonPropertyName("status")]
        public string? StatusText { get; internal set; }

        /// <summary>The service's own words for the status ("Normal").</summary>
        [JsonInclude]
        [JsonPropertyName("statusDetail")]
        public string? StatusDetail { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("created")]
        public DateTimeOffset? CreatedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("updated")]
        public DateTimeOffset? UpdatedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("flavorName")]
        public string? FlavorName { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("azName")]
        public string? AvailabilityZone { get; internal set; }

        /// <summary>The SDK types it a string, "0" or "1"; read as a boolean.</summary>
        [JsonInclude]
        [JsonPropertyName("isFrozen")]
        public bool? IsFrozen { get; internal set; }

        public override string ToString() => Name + " (" + ClusterId + ") " + Status;
    }
}
