using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Auth.Signing;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Http
{
    /// <summary>Sends an <see cref="HwCloudRequest"/> through the shared pipeline and returns the buffered 2xx response.</summary>
    public sealed class HwCloudClient
    {
        private static readonly TimeSpan ClockSkewWorthMentioning = TimeSpan.FromMinutes(5);

        public static HwCloudClient Shared { get; } = new HwCloudClient();

        public async Task<HwCloudResponse> SendAsync(ServiceTarget target, HwCloudRequest request, CallOptions options, CancellationToken cancellationToken)
        {
            using var message = new HttpRequestMessage(request.Method, BuildUri(target.BaseUri, request));
            // Headers are added by the authentication handler, which signs exactly what it sends.
            if (request.Body is not null)
            {
                message.Content = new ByteArrayContent(request.Body);
            }
            else if (request.ContentType is not null && request.Method != HttpMethod.Get && request.Method != HttpMethod.Delete)
            {
                // The services expect a JSON content type even on body-less POST/PUT (seeds 000, 001).
                message.Content = new ByteArrayContent(Array.Empty<byte>());
            }
            var state = new CallState(target, request, options);
            state.AttachTo(message);

            var sentAt = DateTimeOffset.UtcNow;
            var client = HttpPipeline.CreateClient();
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var body = state.ResponseBody;
            var requestId = First(response.Headers, "X-Request-Id");
            var status = (int)response.StatusCode;
            var serviceName = request.Service.DisplayName;
            if (status == 407)
                throw TransportFailure.ProxyRefused(serviceName, request.Operation, ProxyInUse.For(message.RequestUri!), requestId).WithStatus(status);
            if (status >= 400 || status < 200)
            {
                var error = ErrorBodyParser.Parse(status, System.Text.Encoding.UTF8.GetString(body));
                throw HwCloudException.FromResponse(serviceName, request.Operation, status, response.ReasonPhrase, error, requestId,
                    status == 401 ? ClockSkew(response, sentAt) : null, request.GaveUpBecause);
            }
            if (status >= 300)
            {
                throw HwCloudException.Transport(HwCloudErrorKind.InvalidResponse, "UnexpectedRedirect", serviceName, request.Operation,
                    "HTTP " + status + " redirect to " + (response.Headers.Location?.ToString() ?? "nowhere") +
                    "; signed requests are not redirected. Check -EndpointUrl", requestId).WithStatus(status);
            }

            var headers = HwCloudResponse.NewHeaderMap();
            foreach (var header in response.Headers) headers[header.Key] = string.Join(", ", header.Value);
            if (response.Content is not null)
            {
                foreach (var header in response.Content.Headers) headers[header.Key] = string.Join(", ", header.Value);
            }
            return new HwCloudResponse(status, requestId, response.Content?.Headers.ContentType?.ToString(), body, headers);
        }

        /// <summary>Base URL (which may carry a path prefix) + the request path + the canonical query.</summary>
        public static Uri BuildUri(Uri baseUri, HwCloudRequest request)
        {
            var query = CanonicalRequest.BuildQuery(request.Query);
            var text = baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + request.Path + (query.Length == 0 ? string.Empty : "?" + query);
            return new Uri(text, UriKind.Absolute);
        }

        // Only worth saying when the gateway's clock is far from ours: then the 401 is about X-Sdk-Date.
        private static TimeSpan? ClockSkew(HttpResponseMessage response, DateTimeOffset sentAt)
        {
            var date = response.Headers.Date;
            if (!date.HasValue) return null;
            var skew = date.Value - sentAt;
            return skew.Duration() >= ClockSkewWorthMentioning ? skew : (TimeSpan?)null;
        }

        private static string? First(HttpHeaders headers, string name) =>
            headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
    }
}
