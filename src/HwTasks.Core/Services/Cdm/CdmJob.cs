using System;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Cdm
{
    /// <summary>A CDM job definition as ShowJobs lists it.</summary>
    public sealed class CdmJob : ServiceObject
    {
        [JsonIgnore]
        public string ClusterId { get; internal set; } = string.Empty;

        [JsonInclude]
        [JsonPropertyName("name")]
        public string JobName { get; internal set; } = string.Empty;

        [JsonInclude]
        [JsonPropertyName("job_type")]
        public string? JobType { get; internal set; }

        /// <summary>The status; a value this version does not know reads as Unknown (see StatusText).</summary>
        [JsonIgnore]
        public CdmJobStatus Status => WireEnumConverter<CdmJobStatus>.Parse(StatusText);

        /// <summary>The status exactly as the service sent it, kept so that a new value is never lost.</summary>
        [JsonInclude]
        [JsonPropertyName("status")]
        public string? StatusText { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("creation-user")]
        public string? CreationUser { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("creation-date")]
        public DateTimeOffset? CreatedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("update-date")]
        public DateTimeOffset? UpdatedTime { get; internal set; }

        /// <summary>When the last run was submitted (the SDK Job's execute_start_date); null for a job that never ran.</summary>
        [JsonInclude]
        [JsonPropertyName("execute_start_date")]
        public DateTimeOffset? LastRunStartedTime { get; internal set; }

        /// <summary>When the last run last changed: its end once it ended (the SDK Job's execute_update_date); null for a job that never ran.</summary>
        [JsonInclude]
        [JsonPropertyName("execute_update_date")]
        public DateTimeOffset? LastRunUpdatedTime { get; internal set; }

        /// <summary>Not in the SDK's Job: null unless the service sends it (the run's own is on CdmJobSubmission).</summary>
        [JsonInclude]
        [JsonPropertyName("last-update-date")]
        public DateTimeOffset? LastUpdatedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("from-connector-name")]
        public string? FromConnector { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("to-connector-name")]
        public string? ToConnector { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("from-link-name")]
        public string? FromLink { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("to-link-name")]
        public string? ToLink { get; internal set; }

        /// <summary>Not in the SDK's Job: null unless the service sends it.</summary>
        [JsonInclude]
        [JsonPropertyName("last-submission-id")]
        public long? LastSubmissionId { get; internal set; }

        public override string ToString() => JobName + " " + Status;
    }
}
