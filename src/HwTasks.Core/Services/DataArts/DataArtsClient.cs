using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;

namespace HwTasks.Core.Services.DataArts
{
    /// <summary>
    /// DataArts Studio metadata collection tasks (ExecuteTaskAction, ShowTaskList, ShowTaskInfo; every call names its
    /// workspace) and where the workspaces come from (ListDataArtsStudioInstances, ListManagerWorkSpaces).
    /// </summary>
    public sealed class DataArtsClient : ServiceClient
    {
        private const string TasksPath = "/v3/{0}/metadata/tasks";

        public DataArtsClient(HwCloudClient? client = null) : base(DataArtsService.Instance, client)
        {
        }

        /// <summary>POST .../tasks/{id}/action?action=start|schedule|stop, header "workspace" (lower case), no body.</summary>
        public async Task<DataArtsTaskActionResult> ExecuteActionAsync(ServiceTarget target, string workspaceId, string taskId,
            DataArtsTaskAction action, CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ExecuteTaskAction", HttpMethod.Post, TasksPath + "/{1}/action", target.RequireProjectId(), taskId);
            request.AddQuery("action", action.ToString().ToLowerInvariant());
            request.AddHeader("workspace", workspaceId);
            HwCloudResponse response;
            try
            {
                response = await SendExpectingNoBodyAsync(target, request, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Errors.HwCloudException refused) when (action == DataArtsTaskAction.Start && ThrottledStartRefused(request, refused))
            {
                // See CdmClient.StartJobAsync: a 429 after DataArts had started the run, then "already running".
                var task = await GetTaskAsync(target, workspaceId, taskId, options, cancellationToken).ConfigureAwait(false);
                if (!task.IsRunning) throw;
                options.Warn?.Invoke(ThrottledStartWarning("DataArts metadata task " + taskId, refused));
                return Result(target, workspaceId, taskId, action, null, task.LastRunTime ?? System.DateTimeOffset.UtcNow);
            }
            return Result(target, workspaceId, taskId, action, response.RequestId, ServerTime(response));
        }

        private static DataArtsTaskActionResult Result(ServiceTarget target, string workspaceId, string taskId, DataArtsTaskAction action,
            string? requestId, System.DateTimeOffset requestedAt)
        {
            var result = new DataArtsTaskActionResult
            {
                WorkspaceId = workspaceId,
                TaskId = taskId,
                Action = action,
                RequestId = requestId,
                RequestedTime = requestedAt,
            };
            result.Locate(target);
            return result;
        }

        private static System.DateTimeOffset ServerTime(HwCloudResponse response) =>
            System.DateTimeOffset.TryParse(response.Header("Date"), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date : System.DateTimeOffset.UtcNow;

        public async Task<DataArtsMetadataTask> GetTaskAsync(ServiceTarget target, string workspaceId, string taskId, CallOptions options,
            CancellationToken cancellationToken)
        {
            var request = NewRequest("ShowTaskInfo", HttpMethod.Get, TasksPath + "/{1}", target.RequireProjectId(), taskId);
            request.AddHeader("workspace", workspaceId);
            var task = await SendAsync(target, request, DataArtsJson.Wire.DataArtsMetadataTask, options, cancellationToken).ConfigureAwait(false);
            task.Locate(target);
            task.WorkspaceId = workspaceId;
            return task;
        }

        /// <summary>POST .../tasks/search {name, limit, offset}: a read, so it is retried like one.</summary>
        public async Task<Page<DataArtsMetadataTask>> SearchTasksAsync(ServiceTarget target, string workspaceId, string? name, int offset, int limit,
            CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ShowTaskList", HttpMethod.Post, TasksPath + "/search", target.RequireProjectId());
            request.IsIdempotent = true;
            request.AddHeader("workspace", workspaceId);
            var search = new DataArtsTaskSearchRequest { Name = string.IsNullOrEmpty(name) ? null : name, Limit = limit, Offset = offset };
            request.SetBody(JsonSerializer.SerializeToUtf8Bytes(search, DataArtsJson.Wire.DataArtsTaskSearchRequest), HwCloudRequest.JsonContentType);
            var body = await SendAsync(target, request, DataArtsJson.Wire.DataArtsTaskSearchResponse, options, cancellationToken).ConfigureAwait(false);
            return new Page<DataArtsMetadataTask>(Located(body.Resources, target, t => t.WorkspaceId = workspaceId), body.TotalRecords);
        }

        /// <summary>GET /v1/{project_id}/instances?limit=&amp;offset= (the SDK's ListDataArtsStudioInstancesRequest; the service's default limit is 20).</summary>
        public async Task<Page<DataArtsInstance>> ListInstancesAsync(ServiceTarget target, int offset, int limit, CallOptions options,
            CancellationToken cancellationToken)
        {
            var request = NewRequest("ListDataArtsStudioInstances", HttpMethod.Get, "/v1/{0}/instances", target.RequireProjectId());
            AddPage(request, offset, limit);
            var body = await SendAsync(target, request, DataArtsJson.Wire.DataArtsInstanceListResponse, options, cancellationToken).ConfigureAwait(false);
            return new Page<DataArtsInstance>(Located(body.Orders, target), body.Count);
        }

        /// <summary>
        /// GET /v1/{project_id}/workspaces/{instance_id}?limit=&amp;offset= (the SDK's ListManagerWorkSpacesRequest): the
        /// workspaces of one instance. Its count is not a total of workspaces, so the page has none.
        /// </summary>
        public async Task<Page<DataArtsWorkspace>> ListWorkspacesAsync(ServiceTarget target, string instanceId, int offset, int limit,
            CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ListManagerWorkSpaces", HttpMethod.Get, "/v1/{0}/workspaces/{1}", target.RequireProjectId(), instanceId);
            AddPage(request, offset, limit);
            var body = await SendAsync(target, request, DataArtsJson.Wire.DataArtsWorkspaceListResponse, options, cancellationToken).ConfigureAwait(false);
            return new Page<DataArtsWorkspace>(Located(body.Data, target), null);
        }

        private static void AddPage(HwCloudRequest request, int offset, int limit)
        {
            request.AddQuery("limit", limit.ToString(CultureInfo.InvariantCulture));
            request.AddQuery("offset", offset.ToString(CultureInfo.InvariantCulture));
        }
    }
}
