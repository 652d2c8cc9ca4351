using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.DataArts
{
    public sealed class DataArtsSchedule
    {
        [JsonPropertyName("cron_expression")]
        public string? CronExpression { get; internal set; }

        [JsonPropertyName("schedule_type")]
        public string? ScheduleType { get; internal set; }

        [JsonPropertyName("enabled")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? Enabled { get; internal set; }

        [JsonPropertyName("start_time")]
        [JsonConverter(typeof(FlexibleTimeConverter))]
        public DateTimeOffset? StartTime { get; internal set; }

        [JsonPropertyName("end_time")]
        [JsonConverter(typeof(FlexibleTimeConverter))]
        public DateTimeOffset? EndTime { get; internal set; }

        public override string ToString() => (Enabled == true ? "enabled " : "disabled ") + CronExpression;
    }
}
