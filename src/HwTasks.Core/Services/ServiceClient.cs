using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;

namespace HwTasks.Core.Services
{
    /// <summary>What every service client does: build a request, send it, read the typed body.</summary>
    public abstract class ServiceClient
    {
        private readonly HwCloudClient _client;

        protected ServiceClient(CloudService service, HwCloudClient? client)
        {
            Service = service;
            _client = client ?? HwCloudClient.Shared;
        }

        public CloudService Service { get; }

        protected string ServiceName => Service.DisplayName;

        protected HwCloudRequest NewRequest(string operation, HttpMethod method, string template, params string[] pathValues) =>
            new HwCloudRequest(Service, operation, method, HwCloudRequest.FormatPath(template, pathValues));

        protected Task<HwCloudResponse> SendAsync(ServiceTarget target, HwCloudRequest request, CallOptions options, CancellationToken cancellationToken) =>
            _client.SendAsync(target, request, options, cancellationToken);

        /// <summary>
        /// For calls whose success has no body (OMS start and stop, DataArts actions, Kafka delete). An
        /// empty body or a JSON object without error members (`{}`) is the success, as the official
        /// SDK reads it: the service may well have acted, and calling it a failure invites a second
        /// start. An HTML page, other text or a JSON error object comes from something in front of
        /// the service (a proxy, a captive portal, a gateway error in a 200): an InvalidResponse error.
        /// </summary>
        protected async Task<HwCloudResponse> SendExpectingNoBodyAsync(ServiceTarget target, HwCloudRequest request, CallOptions options,
            CancellationToken cancellationToken)
        {
            var response = await _client.SendAsync(target, request, options, cancellationToken).ConfigureAwait(false);
            if (response.IsEmpty || Errors.ErrorBodyParser.IsObjectWithoutError(response.BodyText)) return response;
            throw ResponseJson.Invalid(response, ServiceName, request.Operation,
                "the service answers this call with no body, but the response is " + Errors.RemoteText.DescribeBody(response.BodyText) +
                "; something between HwTasks and the service answered instead (check -EndpointUrl and any proxy)", null);
        }

        protected async Task<T> SendAsync<T>(ServiceTarget target, HwCloudRequest request, JsonTypeInfo<T> type, CallOptions options,
            CancellationToken cancellationToken)
        {
            var response = await _client.SendAsync(target, request, options, cancellationToken).ConfigureAwait(false);
            return ResponseJson.Deserialize(response, ServiceName, request.Operation, type);
        }

        /// <summary>
        /// A start that was sent again after a 429 and then refused (400/409): the refusal may be the
        /// service saying our own first attempt already started it. The caller checks the state.
        /// </summary>
        protected static bool ThrottledStartRefused(HwCloudRequest request, Errors.HwCloudException refused) =>
            request.ResentAfterThrottling && (refused.StatusCode == 400 || refused.StatusCode == 409);

        protected static string ThrottledStartWarning(string what, Errors.HwCloudException refused) =>
            "The first attempt to start " + what + " was answered HTTP 429 (throttled) after the service had acted on it; the retry was refused (" +
            refused.ServiceErrorCode + ": " + refused.ServiceMessage + ") because it is already running. Reporting the run the first attempt started.";

        /// <summary>Stamps region and project (and any ids the wire omits) on each object.</summary>
        protected static List<T> Located<T>(IEnumerable<T>? items, ServiceTarget target, Action<T>? also = null) where T : ServiceObject
        {
            var result = new List<T>();
            if (items is null) return result;
            foreach (var item in items)
            {
                if (item is null) continue;
                item.Locate(target);
                also?.Invoke(item);
                result.Add(item);
            }
            return result;
        }
    }
}
