using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;

namespace HwTasks.Core.Services.Kafka
{
    /// <summary>Background tasks of Kafka (DMS) instances (ListBackgroundTasks, ShowBackgroundTask, DeleteBackgroundTask) and the instances themselves (ListInstances).</summary>
    public sealed class KafkaClient : ServiceClient
    {
        public const string TimeFormat = "yyyyMMddHHmmss";
        public const int MaximumPageSize = 100;
        /// <summary>ListInstances' limit is 1 to 50 (the SDK's ListInstancesRequest.limit).</summary>
        public const int MaximumInstancePageSize = 50;
        private const string TasksPath = "/v2/{0}/instances/{1}/tasks";

        public KafkaClient(HwCloudClient? client = null) : base(KafkaService.Instance, client)
        {
        }

        /// <summary>GET .../tasks?start=&amp;limit=&amp;begin_time=&amp;end_time= (start is the 0-based offset; times UTC YYYYMMDDHHmmss).</summary>
        public async Task<Page<KafkaBackgroundTask>> ListTasksAsync(ServiceTarget target, string instanceId, int start, int limit,
            DateTimeOffset? after, DateTimeOffset? before, CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ListBackgroundTasks", HttpMethod.Get, TasksPath, target.RequireProjectId(), instanceId);
            request.AddQuery("start", start.ToString(CultureInfo.InvariantCulture));
            request.AddQuery("limit", limit.ToString(CultureInfo.InvariantCulture));
            if (after.HasValue) request.AddQuery("begin_time", FormatTime(after.Value));
            if (before.HasValue) request.AddQuery("end_time", FormatTime(before.Value));
            var body = await SendAsync(target, request, KafkaJson.Wire.KafkaTaskListResponse, options, cancellationToken).ConfigureAwait(false);
            return new Page<KafkaBackgroundTask>(Tasks(body, target, instanceId), body.TaskCount);
        }

        /// <summary>GET .../tasks/{task_id}: answered in the list's shape.</summary>
        public async Task<IReadOnlyList<KafkaBackgroundTask>> GetTaskAsync(ServiceTarget target, string instanceId, string taskId,
            CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ShowBackgroundTask", HttpMethod.Get, TasksPath + "/{2}", target.RequireProjectId(), instanceId, taskId);
            var body = await SendAsync(target, request, KafkaJson.Wire.KafkaTaskListResponse, options, cancellationToken).ConfigureAwait(false);
            return Tasks(body, target, instanceId);
        }

        /// <summary>DELETE .../tasks/{task_id}. Deleting twice answers 404, so it is not retried after a possible success.</summary>
        public Task<HwCloudResponse> DeleteTaskAsync(ServiceTarget target, string instanceId, string taskId, CallOptions options,
            CancellationToken cancellationToken)
        {
            var request = NewRequest("DeleteBackgroundTask", HttpMethod.Delete, TasksPath + "/{2}", target.RequireProjectId(), instanceId, taskId);
            return SendExpectingNoBodyAsync(target, request, options, cancellationToken);
        }

        /// <summary>
        /// GET /v2/{project_id}/instances?engine=kafka&amp;offset=&amp;limit= (the SDK's ListInstancesRequest; offset
        /// and limit are strings there, numbers in text on the wire).
        /// </summary>
        public async Task<Page<KafkaInstance>> ListInstancesAsync(ServiceTarget target, int offset, int limit, CallOptions options,
            CancellationToken cancellationToken)
        {
            var request = NewRequest("ListInstances", HttpMethod.Get, "/v2/{0}/instances", target.RequireProjectId());
            request.AddQuery("engine", "kafka");
            request.AddQuery("offset", offset.ToString(CultureInfo.InvariantCulture));
            request.AddQuery("limit", limit.ToString(CultureInfo.InvariantCulture));
            var body = await SendAsync(target, request, KafkaJson.Wire.KafkaInstanceListResponse, options, cancellationToken).ConfigureAwait(false);
            return new Page<KafkaInstance>(Located(body.Instances, target), body.InstanceCount);
        }

        public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

        private static List<KafkaBackgroundTask> Tasks(KafkaTaskListResponse body, ServiceTarget target, string instanceId) =>
            Located(body.Tasks, target, task =>
            {
                task.InstanceId = instanceId;
                task.ParseParams();
            });
    }
}
