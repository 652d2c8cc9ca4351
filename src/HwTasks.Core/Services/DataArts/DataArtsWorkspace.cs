using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.DataArts
{
    /// <summary>A DataArts Studio workspace as ListManagerWorkSpaces lists it (the SDK's model Workspacebody): its id is what the "workspace" header of every metadata task call names.</summary>
    public sealed class DataArtsWorkspace : ServiceObject, IJsonOnDeserialized
    {
        // A workspace without its id cannot be named on a command line: a 200 of the wrong shape must not pass as one.
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(WorkspaceId, "id");

        [JsonInclude]
        [JsonPropertyName("id")]
        public string? WorkspaceId { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("name")]
        public string? Name { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("description")]
        public string? Description { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("instance_id")]
        public string? InstanceId { get; internal set; }

        /// <summary>0 a private workspace, 1 the default workspace, 2 a public one.</summary>
        [JsonInclude]
        [JsonPropertyName("is_default")]
        public int? IsDefault { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("owner_name")]
        public string? OwnerName { get; internal set; }

        /// <summary>A number on the wire (epoch milliseconds).</summary>
        [JsonInclude]
        [JsonPropertyName("create_time")]
        public DateTimeOffset? CreatedTime { get; internal set; }

        public override string ToString() => Name + " (" + WorkspaceId + ")";
    }
}
