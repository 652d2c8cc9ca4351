using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Aom
{
    /// <summary>An AOM automation workflow (ListWorkflow).</summary>
    public sealed class AomWorkflow : ServiceObject
    {
        [JsonPropertyName("id")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? WorkflowId { get; internal set; }

        [JsonPropertyName("name")]
        public string? Name { get; internal set; }

        [JsonPropertyName("description")]
        public string? Description { get; internal set; }

        [JsonPropertyName("type")]
        [JsonConverter(typeof(WireEnumConverter<AomWorkflowType>))]
        public AomWorkflowType Type { get; internal set; }

        [JsonPropertyName("status")]
        public string? Status { get; internal set; }

        [JsonPropertyName("trigger_id")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? TriggerId { get; internal set; }

        [JsonPropertyName("trigger_status")]
        [JsonConverter(typeof(WireEnumConverter<AomTriggerState>))]
        public AomTriggerState TriggerState { get; internal set; }

        [JsonPropertyName("cron")]
        public string? Cron { get; internal set; }

        [JsonPropertyName("create_time")]
        [JsonConverter(typeof(FlexibleTimeConverter))]
        public DateTimeOffset? CreateTime { get; internal set; }

        [JsonPropertyName("update_time")]
        [JsonConverter(typeof(FlexibleTimeConverter))]
        public DateTimeOffset? UpdateTime { get; internal set; }

        [JsonPropertyName("last_execution_start_time")]
        [JsonConverter(typeof(FlexibleTimeConverter))]
        public DateTimeOffset? LastExecutionStartTime { get; internal set; }

        public override string ToString() => Name + " (" + WorkflowId + ") trigger " + TriggerState;
    }
}
