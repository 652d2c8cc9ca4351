using System.Collections.Generic;
using System.Text.Json.Serialization;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Cdm
{
    /// <summary>StartJob's body: {"variables":{...}}, {} when the job has none.</summary>
    internal sealed class CdmStartJobRequest
    {
        [JsonPropertyName("variables")]
        public Dictionary<string, string> Variables { get; } = new Dictionary<string, string>();
    }

    internal sealed class CdmSubmissionsResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Submissions, "submissions");

        [JsonPropertyName("submissions")]
        public List<CdmJobSubmission>? Submissions { get; set; }
    }

    internal sealed class CdmJobsResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Jobs, "jobs");

        [JsonPropertyName("total")]
        public int? Total { get; set; }

        [JsonPropertyName("page_no")]
        public int? PageNumber { get; set; }

        [JsonPropertyName("page_size")]
        public int? PageSize { get; set; }

        [JsonPropertyName("jobs")]
        public List<CdmJob>? Jobs { get; set; }
    }

    /// <summary>StopJob answers with validation messages (older docs: a submissions array; both are read).</summary>
    internal sealed class CdmStopResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require((object?)ValidationResult ?? Submissions, "validation-result");

        [JsonPropertyName("validation-result")]
        public List<CdmValidationMessage>? ValidationResult { get; set; }

        [JsonPropertyName("submissions")]
        public List<CdmJobSubmission>? Submissions { get; set; }
    }

    public sealed class CdmValidationMessage
    {
        [JsonPropertyName("message")]
        public string? Message { get; set; }

        /// <summary>ERROR or WARNING.</summary>
        [JsonPropertyName("status")]
        public string? Status { get; set; }
    }

    /// <summary>ListClusters' body (the SDK's ListClustersResponse): {"clusters":[...]}, every cluster at once, no paging.</summary>
    internal sealed class CdmClustersResponse : IJsonOnDeserialized
    {
        void IJsonOnDeserialized.OnDeserialized() => ResponseShapeException.Require(Clusters, "clusters");

        [JsonPropertyName("clusters")]
        public List<CdmCluster>? Clusters { get; set; }
    }
}
