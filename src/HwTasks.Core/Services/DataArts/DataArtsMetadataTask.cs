using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.DataArts
{
    /// <summary>
    /// A DataArts Studio metadata collection task (ShowTaskInfo, ShowTaskList). The SDK's
    /// MetadataCollectionTask types its times as text of no documented format: they read from a
    /// number, epoch milliseconds in text or ISO 8601 alike (FlexibleTimeConverter).
    /// </summary>
    public sealed class DataArtsMetadataTask : ServiceObject, IJsonOnDeserialized
    {
        // A task without its id is not a task: a 200 of the wrong shape must not pass as one.
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(TaskId, "id");

        [JsonIgnore]
        public string WorkspaceId { get; internal set; } = string.Empty;

        [JsonInclude]
        [JsonPropertyName("id")]
        public string? TaskId { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("name")]
        public string? Name { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("description")]
        public string? Description { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("user_name")]
        public string? UserName { get; internal set; }

        /// <summary>Not in the SDK's MetadataCollectionTask: null unless the service sends one.</summary>
        [JsonInclude]
        [JsonPropertyName("task_type")]
        public string? TaskType { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("data_source_type")]
        public string? DataSourceType { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("create_time")]
        public DateTimeOffset? CreatedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("update_time")]
        public DateTimeOffset? UpdatedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("schedule_config")]
        public DataArtsSchedule? Schedule { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("last_run_time")]
        public DateTimeOffset? LastRunTime { get; internal set; }

        /// <summary>Running, Success, Failed or Stopped; null before the first run; Unknown for a value this version does not know (see LastRunStatusText).</summary>
        [JsonIgnore]
        public DataArtsRunStatus? LastRunStatus => LastRunStatusText is null ? null : WireEnumConverter<DataArtsRunStatus>.Parse(LastRunStatusText);

        /// <summary>
        /// The last run's status exactly as the service sent it (RUNNING, SUCCESS, ...), kept so that a new
        /// value is never lost. Not in the SDK's MetadataCollectionTask: null unless the service sends it,
        /// and then no run is ever seen running.
        /// </summary>
        [JsonInclude]
        [JsonPropertyName("last_run_status")]
        public string? LastRunStatusText { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("next_run_time")]
        public DateTimeOffset? NextRunTime { get; internal set; }

        [JsonIgnore]
        public bool IsRunning => LastRunStatus == DataArtsRunStatus.Running;

        public override string ToString() => Name + " (" + TaskId + ")";
    }
}
