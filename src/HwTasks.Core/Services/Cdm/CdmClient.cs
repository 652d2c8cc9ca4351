using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Errors;
using HwTasks.Core.Http;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Cdm
{
    /// <summary>CDM job operations (StartJob, StopJob, ShowJobStatus, ShowJobs) and the cluster list they act in (ListClusters).</summary>
    public sealed class CdmClient : ServiceClient
    {
        private const string JobPath = "/v1.1/{0}/clusters/{1}/cdm/job/{2}";

        public CdmClient(HwCloudClient? client = null) : base(CdmService.Instance, client)
        {
        }

        /// <summary>PUT .../start with {"variables":{...}} ({} when none). Not idempotent: each call starts a run.</summary>
        public async Task<IReadOnlyList<CdmJobSubmission>> StartJobAsync(ServiceTarget target, string clusterId, string jobName,
            IReadOnlyList<KeyValuePair<string, string>>? variables, CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("StartJob", HttpMethod.Put, JobPath + "/start", target.RequireProjectId(), clusterId, jobName);
            var start = new CdmStartJobRequest();
            foreach (var pair in variables ?? new List<KeyValuePair<string, string>>()) start.Variables[pair.Key] = pair.Value;
            request.SetBody(JsonSerializer.SerializeToUtf8Bytes(start, CdmJson.Wire.CdmStartJobRequest), HwCloudRequest.JsonUtf8ContentType);
            try
            {
                var body = await SendAsync(target, request, CdmJson.Wire.CdmSubmissionsResponse, options, cancellationToken).ConfigureAwait(false);
                return Submissions(body.Submissions, target, clusterId, jobName);
            }
            catch (HwCloudException refused) when (ThrottledStartRefused(request, refused))
            {
                // The first attempt got 429, yet the retry finds the job already running: a throttle
                // in front of CDM answered after CDM had started it. That run is ours.
                var latest = await GetJobStatusAsync(target, clusterId, jobName, options, cancellationToken).ConfigureAwait(false);
                if (!latest.Any(run => !run.IsFinished)) throw;
                options.Warn?.Invoke(ThrottledStartWarning("CDM job '" + jobName + "'", refused));
                return latest;
            }
        }

        /// <summary>PUT .../stop; the answer lists validation messages (ERROR or WARNING).</summary>
        public async Task<IReadOnlyList<CdmValidationMessage>> StopJobAsync(ServiceTarget target, string clusterId, string jobName,
            CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("StopJob", HttpMethod.Put, JobPath + "/stop", target.RequireProjectId(), clusterId, jobName);
            request.ContentType = HwCloudRequest.JsonUtf8ContentType;
            var response = await SendAsync(target, request, options, cancellationToken).ConfigureAwait(false);
            if (response.IsEmpty) return new List<CdmValidationMessage>();
            var body = ResponseJson.Deserialize(response, ServiceName, request.Operation, CdmJson.Wire.CdmStopResponse);
            return body.ValidationResult ?? new List<CdmValidationMessage>();
        }

        /// <summary>GET .../status: the latest submission, with counters and the error when it failed.</summary>
        public async Task<IReadOnlyList<CdmJobSubmission>> GetJobStatusAsync(ServiceTarget target, string clusterId, string jobName,
            CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ShowJobStatus", HttpMethod.Get, JobPath + "/status", target.RequireProjectId(), clusterId, jobName);
            request.ContentType = HwCloudRequest.JsonUtf8ContentType;
            var body = await SendAsync(target, request, CdmJson.Wire.CdmSubmissionsResponse, options, cancellationToken).ConfigureAwait(false);
            return Submissions(body.Submissions, target, clusterId, jobName);
        }

        /// <summary>GET .../job/all?page_no=&amp;page_size= (page_no is 1-based).</summary>
        public async Task<Page<CdmJob>> ListJobsAsync(ServiceTarget target, string clusterId, int pageNumber, int pageSize,
            CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ShowJobs", HttpMethod.Get, JobPath, target.RequireProjectId(), clusterId, "all");
            request.ContentType = HwCloudRequest.JsonUtf8ContentType;
            request.AddQuery("page_no", pageNumber.ToString(CultureInfo.InvariantCulture));
            request.AddQuery("page_size", pageSize.ToString(CultureInfo.InvariantCulture));
            var body = await SendAsync(target, request, CdmJson.Wire.CdmJobsResponse, options, cancellationToken).ConfigureAwait(false);
            return new Page<CdmJob>(Located(body.Jobs, target, job => job.ClusterId = clusterId), body.Total);
        }

        /// <summary>GET .../job/{name}: one job definition.</summary>
        public async Task<IReadOnlyList<CdmJob>> GetJobAsync(ServiceTarget target, string clusterId, string jobName,
            CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ShowJobs", HttpMethod.Get, JobPath, target.RequireProjectId(), clusterId, jobName);
            request.ContentType = HwCloudRequest.JsonUtf8ContentType;
            var body = await SendAsync(target, request, CdmJson.Wire.CdmJobsResponse, options, cancellationToken).ConfigureAwait(false);
            return Located(body.Jobs, target, job => job.ClusterId = clusterId);
        }

        /// <summary>GET /v1.1/{project_id}/clusters: every cluster of the project (the SDK's ListClustersRequest has no parameters).</summary>
        public async Task<IReadOnlyList<CdmCluster>> ListClustersAsync(ServiceTarget target, CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ListClusters", HttpMethod.Get, "/v1.1/{0}/clusters", target.RequireProjectId());
            request.ContentType = HwCloudRequest.JsonUtf8ContentType;
            var body = await SendAsync(target, request, CdmJson.Wire.CdmClustersResponse, options, cancellationToken).ConfigureAwait(false);
            return Located(body.Clusters, target);
        }

        // The wire omits the cluster; an empty job-name is filled from the request so objects always pipe on.
        private static List<CdmJobSubmission> Submissions(IEnumerable<CdmJobSubmission>? items, ServiceTarget target, string clusterId, string jobName) =>
            Located(items, target, s =>
            {
                s.ClusterId = clusterId;
                if (string.IsNullOrEmpty(s.JobName)) s.JobName = jobName;
            }).ToList();
    }
}
