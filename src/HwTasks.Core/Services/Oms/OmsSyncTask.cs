using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Oms
{
    /// <summary>An OMS object-storage synchronization task.</summary>
    public sealed class OmsSyncTask : ServiceObject
    {
        [JsonPropertyName("sync_task_id")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? SyncTaskId { get; internal set; }

        [JsonPropertyName("status")]
        [JsonConverter(typeof(WireEnumConverter<OmsSyncTaskStatus>))]
        public OmsSyncTaskStatus Status { get; internal set; }

        [JsonPropertyName("src_cloud_type")]
        public string? SourceCloudType { get; internal set; }

        [JsonPropertyName("src_region")]
        public string? SourceRegion { get; internal set; }

        [JsonPropertyName("src_bucket")]
        public string? SourceBucket { get; internal set; }

        [JsonPropertyName("dst_region")]
        public string? DestinationRegion { get; internal set; }

        [JsonPropertyName("dst_bucket")]
        public string? DestinationBucket { get; internal set; }

        [JsonPropertyName("description")]
        public string? Description { get; internal set; }

        /// <summary>OBJECT, or URL_LIST for tasks whose source is a URL list (they need no source keys).</summary>
        [JsonPropertyName("task_type")]
        public string? TaskType { get; internal set; }

        [JsonIgnore]
        public bool IsUrlList => string.Equals(TaskType, "URL_LIST", StringComparison.OrdinalIgnoreCase);

        [JsonPropertyName("create_time")]
        [JsonConverter(typeof(FlexibleTimeConverter))]
        public DateTimeOffset? CreateTime { get; internal set; }

        [JsonPropertyName("last_start_time")]
        [JsonConverter(typeof(FlexibleTimeConverter))]
        public DateTimeOffset? LastStartTime { get; internal set; }

        [JsonPropertyName("monthly_acceptance_request")]
        public long? MonthlyAcceptanceRequest { get; internal set; }

        [JsonPropertyName("monthly_success_object")]
        public long? MonthlySuccessObject { get; internal set; }

        [JsonPropertyName("monthly_failure_object")]
        public long? MonthlyFailureObject { get; internal set; }

        [JsonPropertyName("monthly_skip_object")]
        public long? MonthlySkipObject { get; internal set; }

        [JsonPropertyName("monthly_size")]
        public long? MonthlySize { get; internal set; }

        public override string ToString() => SyncTaskId + " " + Status;
    }
}
