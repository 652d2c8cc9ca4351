using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.DataArts
{
    public sealed class DataArtsSchedule
    {
        [JsonInclude]
        [JsonPropertyName("cron_expression")]
        public string? CronExpression { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("schedule_type")]
        public string? ScheduleType { get; internal set; }

        /// <summary>An int (1/0) in the SDK's SchedulerInfo; true/false read the same.</summary>
        [JsonInclude]
        [JsonPropertyName("enabled")]
        public bool? Enabled { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("start_time")]
        public DateTimeOffset? StartTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("end_time")]
        public DateTimeOffset? EndTime { get; internal set; }

        public override string ToString() => (Enabled == true ? "enabled " : "disabled ") + CronExpression;
    }
}
