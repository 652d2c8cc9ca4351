using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.DataArts
{
    /// <summary>A DataArts Studio metadata collection task (ShowTaskInfo, ShowTaskList).</summary>
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

        [JsonInclude]
        [JsonPropertyName("task_type")]
        public string? TaskType { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("data_source_type")]
        public string? DataSourceType { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("create_time")]
        public DateTimeOffset? CreateTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("update_time")]
        public DateTimeOffset? UpdateTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("schedule_config")]
        public DataArtsSchedule? Schedule { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("last_run_time")]
        public DateTimeOffset? LastRunTime { get; internal set; }

        /// <summary>RUNNING, SUCCESS, FAILED or STOPPED; null before the first run.</summary>
        [JsonInclude]
        [JsonPropertyName("last_run_status")]
        public string? LastRunStatus { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("next_run_time")]
        public DateTimeOffset? NextRunTime { get; internal set; }

        [JsonIgnore]
        public bool IsRunning => string.Equals(LastRunStatus, "RUNNING", StringComparison.OrdinalIgnoreCase);

        public override string ToString() => Name + " (" + TaskId + ")";
    }
}
