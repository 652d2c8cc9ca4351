using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Aom
{
    /// <summary>An AOM automation workflow (ListWorkflow).</summary>
    public sealed class AomWorkflow : ServiceObject
    {
        [JsonInclude]
        [JsonPropertyName("id")]
        public string? WorkflowId { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("name")]
        public string? Name { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("description")]
        public string? Description { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("type")]
        [JsonConverter(typeof(WireEnumConverter<AomWorkflowType>))]
        public AomWorkflowType Type { get; internal set; }

        /// <summary>The outcome of the last execution; a value this version does not know reads as Unknown (see StatusText).</summary>
        [JsonIgnore]
        public AomWorkflowStatus Status => WireEnumConverter<AomWorkflowStatus>.Parse(StatusText);

        /// <summary>The status exactly as the service sent it, kept so that a new value is never lost.</summary>
        [JsonInclude]
        [JsonPropertyName("status")]
        public string? StatusText { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("trigger_id")]
        public string? TriggerId { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("trigger_status")]
        [JsonConverter(typeof(WireEnumConverter<AomTriggerState>))]
        public AomTriggerState TriggerState { get; internal set; }

        /// <summary>Not in the SDK's Workflow: null unless the service sends one.</summary>
        [JsonInclude]
        [JsonPropertyName("cron")]
        public string? Cron { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("create_time")]
        public DateTimeOffset? CreatedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("update_time")]
        public DateTimeOffset? UpdatedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("last_execution_start_time")]
        public DateTimeOffset? LastExecutionStartedTime { get; internal set; }

        public override string ToString() => Name + " (" + WorkflowId + ") trigger " + TriggerState;
    }
}
