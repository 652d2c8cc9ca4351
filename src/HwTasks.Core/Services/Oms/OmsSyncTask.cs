using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Oms
{
    /// <summary>An OMS object-storage synchronization task.</summary>
    public sealed class OmsSyncTask : ServiceObject, IJsonOnDeserialized
    {
        // A task without its id is not a task: a 200 of the wrong shape must not pass as one.
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(SyncTaskId, "sync_task_id");

        [JsonInclude]
        [JsonPropertyName("sync_task_id")]
        public string? SyncTaskId { get; internal set; }

        /// <summary>The status; a value this version does not know reads as Unknown (see StatusText).</summary>
        [JsonIgnore]
        public OmsSyncTaskStatus Status => WireEnumConverter<OmsSyncTaskStatus>.Parse(StatusText);

        /// <summary>The status exactly as the service sent it, kept so that a new value is never lost.</summary>
        [JsonInclude]
        [JsonPropertyName("status")]
        public string? StatusText { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("src_cloud_type")]
        public string? SourceCloudType { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("src_region")]
        public string? SourceRegion { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("src_bucket")]
        public string? SourceBucket { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("dst_region")]
        public string? DestinationRegion { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("dst_bucket")]
        public string? DestinationBucket { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("description")]
        public string? Description { get; internal set; }

        /// <summary>
        /// OBJECT, or URL_LIST for tasks whose source is a URL list (they need no source keys). Not in the
        /// SDK's SyncTaskInfo or ShowSyncTaskResponse: null unless the service sends one.
        /// </summary>
        [JsonInclude]
        [JsonPropertyName("task_type")]
        public string? TaskType { get; internal set; }

        [JsonIgnore]
        public bool IsUrlList => string.Equals(TaskType, "URL_LIST", StringComparison.OrdinalIgnoreCase);

        [JsonInclude]
        [JsonPropertyName("create_time")]
        public DateTimeOffset? CreatedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("last_start_time")]
        public DateTimeOffset? LastStartedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("monthly_acceptance_request")]
        public long? MonthlyAcceptanceRequest { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("monthly_success_object")]
        public long? MonthlySuccessObject { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("monthly_failure_object")]
        public long? MonthlyFailureObject { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("monthly_skip_object")]
        public long? MonthlySkipObject { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("monthly_size")]
        public long? MonthlySize { get; internal set; }

        public override string ToString() => SyncTaskId + " " + Status;
    }
}
