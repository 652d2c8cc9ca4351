using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Cdm
{
    /// <summary>One run of a CDM job (StartJob, ShowJobStatus). Field names on the wire are CDM's hyphenated ones.</summary>
    public sealed class CdmJobSubmission : ServiceObject
    {
        [JsonIgnore]
        public string ClusterId { get; internal set; } = string.Empty;

        [JsonInclude]
        [JsonPropertyName("job-name")]
        public string JobName { get; internal set; } = string.Empty;

        [JsonInclude]
        [JsonPropertyName("submission-id")]
        public long? SubmissionId { get; internal set; }

        /// <summary>The status; a value this version does not know reads as Unknown (see StatusText).</summary>
        [JsonIgnore]
        public CdmJobStatus Status => WireEnumConverter<CdmJobStatus>.Parse(StatusText);

        /// <summary>The status exactly as the service sent it, kept so that a new value is never lost.</summary>
        [JsonInclude]
        [JsonPropertyName("status")]
        public string? StatusText { get; internal set; }

        /// <summary>0–100 while running; -1 when the run failed.</summary>
        [JsonInclude]
        [JsonPropertyName("progress")]
        public double Progress { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("creation-user")]
        public string? CreationUser { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("creation-date")]
        public DateTimeOffset? CreatedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("execute-date")]
        public DateTimeOffset? ExecutedTime { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("last-update-date")]
        public DateTimeOffset? LastUpdatedTime { get; internal set; }

        /// <summary>The service spells it "last-udpate-user"; the SDKs "last-update-user". Either fills this.</summary>
        [JsonIgnore]
        public string? LastUpdateUser => WireLastUpdateUser ?? WireLastUdpateUser;

        [JsonPropertyName("last-update-user")]
        [JsonInclude]
        internal string? WireLastUpdateUser { get; set; }

        [JsonPropertyName("last-udpate-user")]
        [JsonInclude]
        internal string? WireLastUdpateUser { get; set; }

        [JsonInclude]
        [JsonPropertyName("isIncrementing")]
        public bool? IsIncrementing { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("delete_rows")]
        public long? DeleteRows { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("update_rows")]
        public long? UpdateRows { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("write_rows")]
        public long? WriteRows { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("isStopingIncrement")]
        public string? IsStoppingIncrement { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("is-execute-auto")]
        public bool? IsExecuteAuto { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("isDeleteJob")]
        public bool? IsDeleteJob { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("external-id")]
        public string? ExternalId { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("error-summary")]
        public string? ErrorSummary { get; internal set; }

        [JsonInclude]
        [JsonPropertyName("error-details")]
        public string? ErrorDetails { get; internal set; }

        /// <summary>
        /// Counter groups (e.g. SqoopCounters) of counter name → value, from ShowJobStatus. Their text is
        /// their JSON, so Export-Csv writes them readably.
        /// </summary>
        [JsonInclude]
        [JsonPropertyName("counters")]
        public JsonDictionary<JsonDictionary<long>>? Counters { get; internal set; }

        /// <summary>True once the run can change no more.</summary>
        [JsonIgnore]
        public bool IsFinished => Status is CdmJobStatus.Succeeded or CdmJobStatus.Failed or CdmJobStatus.FailureOnSubmit or CdmJobStatus.NeverExecuted;

        public override string ToString() => JobName + " " + Status + (Progress >= 0 ? " " + Progress + "%" : string.Empty);
    }
}
