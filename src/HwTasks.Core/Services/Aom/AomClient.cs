using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Errors;
using HwTasks.Core.Http;
using HwTasks.Core.Json;

namespace HwTasks.Core.Services.Aom
{
    /// <summary>AOM automation workflows: UpdateWorkflowTriggerStatus and ListWorkflow.</summary>
    public sealed class AomClient : ServiceClient
    {
        public const string SuccessBody = "{\"success\"}";

        public AomClient(HwCloudClient? client = null) : base(AomService.Instance, client)
        {
        }

        /// <summary>
        /// PUT .../trigger/action?action=enable|disable. Setting a state twice has the same effect as
        /// once, so this PUT is retried like a GET. The 200 body is literally {"success"}: not JSON.
        /// </summary>
        public async Task<AomTriggerResult> SetTriggerAsync(ServiceTarget target, string workflowId, AomTriggerState state,
            CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("UpdateWorkflowTriggerStatus", HttpMethod.Put, "/v1/{0}/cms/workflow/{1}/trigger/action",
                target.RequireProjectId(), workflowId);
            request.IsIdempotent = true;
            request.ExpectsTextResponse = true;
            request.AddQuery("action", state == AomTriggerState.Enabled ? "enable" : "disable");
            var response = await SendAsync(target, request, options, cancellationToken).ConfigureAwait(false);
            var text = ReadSuccess(response, ServiceName, request.Operation);
            var result = new AomTriggerResult { WorkflowId = workflowId, State = state, Response = text, RequestId = response.RequestId };
            result.Locate(target);
            return result;
        }

        /// <summary>POST .../workflow-list with {search, type, page (0-based), size}.</summary>
        public async Task<Page<AomWorkflow>> ListWorkflowsAsync(ServiceTarget target, string? search, AomWorkflowType? type, int page, int size,
            CallOptions options, CancellationToken cancellationToken)
        {
            var request = NewRequest("ListWorkflow", HttpMethod.Post, "/v1/{0}/cms/workflow-list", target.RequireProjectId());
            // Reading a list changes nothing, whatever the method.
            request.IsIdempotent = true;
            var body = new AomWorkflowListRequest
            {
                Page = page,
                Size = size,
                Search = string.IsNullOrEmpty(search) ? null : search,
                Type = type?.ToString().ToLowerInvariant(),
            };
            request.SetBody(JsonSerializer.SerializeToUtf8Bytes(body, AomJson.Wire.AomWorkflowListRequest), HwCloudRequest.JsonContentType);
            var list = await SendAsync(target, request, AomJson.Wire.AomWorkflowListResponse, options, cancellationToken).ConfigureAwait(false);
            return new Page<AomWorkflow>(Located(list.Elements, target), list.TotalElements);
        }

        /// <summary>The trimmed body when it is exactly {"success"}; anything else is an InvalidResponse.</summary>
        internal static string ReadSuccess(HwCloudResponse response, string service, string operation)
        {
            var text = response.BodyText.Trim();
            if (text != SuccessBody)
                throw ResponseJson.Invalid(response, service, operation, "expected the body {\"success\"} but got " + RemoteText.DescribeBody(text), null);
            return text;
        }
    }
}
