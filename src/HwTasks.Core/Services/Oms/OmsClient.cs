using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;

namespace HwTasks.Core.Services.Oms
{
    /// <summary>OMS synchronization tasks: StartSyncTask, StopSyncTask, ListSyncTasks, ShowSyncTask.</summary>
    public sealed class OmsClient : ServiceClient
    {
        public const int MaximumPageSize = 100;
        private const string TasksPath = "/v2/{0}/sync-tasks";

        public OmsClient(HwCloudClient? client = null) : base(OmsService.Instance, client)
        {
        }

        /// <summary>POST .../start. The body carries the keys, so it is sent once and never traced.</summary>
        /// <returns>The response, or null when a throttled first attempt had started the task already.</returns>
        public async Task<HwCloudResponse?> StartSyncTaskAsync(ServiceTarget target, string syncTaskId, OmsStartKeys keys, CallOptions options,
            CancellationToken cancellationToken)
        {
            var request = NewRequest("StartSyncTask", HttpMethod.Post, TasksPath + "/{1}/start", target.RequireProjectId(), syncTaskId);
            request.BodyCarriesSecrets = true;
            request.SetBody(keys.ToJson(), HwCloudRequest.JsonUtf8ContentType);
            try
            {
                return await SendExpectingNoBodyAsync(target, request, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Errors.HwCloudException refused) when (ThrottledStartRefused(request, refused))
            {
                // See CdmClient.StartJobAsync: a 429 after OMS had started the task, then "already synchronizing".
                var task = await GetSyncTaskAsync(target, syncTaskId, options, cancellationToken).ConfigureAwait(false);
                if (task.Status != OmsSyncTaskStatus.Synchronizing) throw;
                options.Warn?.Invoke(ThrottledStartWarning("OMS sync task " + syncTaskId, refused));
                return null;
            }
        }

        public Task<HwCloudResponse> StopSyncTaskAsync(ServiceTarget target, string syncTaskId, CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("StopSyncTask", HttpMethod.Post, TasksPath + "/{1}/stop", target.RequireProjectId(), syncTaskId);
            request.ContentType = HwCloudRequest.JsonUtf8ContentType;
            return SendExpectingNoBodyAsync(target, request, options, cancellationToken);
        }

        /// <summary>GET .../sync-tasks?limit=&amp;offset=&amp;status= (limit at most 100).</summary>
        public async Task<Page<OmsSyncTask>> ListSyncTasksAsync(ServiceTarget target, int offset, int limit, OmsSyncTaskStatus? status,
            CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ListSyncTasks", HttpMethod.Get, TasksPath, target.RequireProjectId());
            request.ContentType = HwCloudRequest.JsonUtf8ContentType;
            request.AddQuery("limit", limit.ToString(CultureInfo.InvariantCulture));
            request.AddQuery("offset", offset.ToString(CultureInfo.InvariantCulture));
            if (status.HasValue) request.AddQuery("status", status.Value.ToString().ToUpperInvariant());
            var body = await SendAsync(target, request, OmsJson.Wire.OmsSyncTaskListResponse, options, cancellationToken).ConfigureAwait(false);
            return new Page<OmsSyncTask>(Located(body.Tasks, target), body.Count);
        }

        public async Task<OmsSyncTask> GetSyncTaskAsync(ServiceTarget target, string syncTaskId, CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ShowSyncTask", HttpMethod.Get, TasksPath + "/{1}", target.RequireProjectId(), syncTaskId);
            request.ContentType = HwCloudRequest.JsonUtf8ContentType;
            var task = await SendAsync(target, request, OmsJson.Wire.OmsSyncTask, options, cancellationToken).ConfigureAwait(false);
            task.Locate(target);
            return task;
        }
    }
}
