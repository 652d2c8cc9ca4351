using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace HwTasks.Core.Http
{
    /// <summary>Traces each attempt exactly as it goes on the wire, with secrets redacted.</summary>
    internal sealed class TraceHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var state = CallState.Of(request);
            var trace = state.Options.Trace;
            if (trace is null) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

            var url = UrlRedaction.ForTrace(request.RequestUri!);
            trace.Debug("HTTP request (attempt " + state.Attempt + "): " + request.Method.Method + " " + url);
            foreach (var line in TraceRedaction.Headers(state.WireHeaders)) trace.Debug("  " + line);
            trace.Debug("  Body: " + TraceRedaction.Body(state.Request.Body, state.Request.BodyCarriesSecrets));

            var clock = Stopwatch.StartNew();
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var requestId = response.Headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null;
            trace.Verbose(state.ServiceName + " " + state.Request.Operation + ": " + request.Method.Method + " " + url +
                          " -> " + (int)response.StatusCode + " " + response.ReasonPhrase + " in " +
                          clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms (request id " + (requestId ?? "none") + ")");
            trace.Debug("HTTP response: " + (int)response.StatusCode + " " + response.ReasonPhrase);
            foreach (var line in TraceRedaction.Headers(TraceRedaction.Flatten(response))) trace.Debug("  " + line);
            trace.Debug("  Body: " + TraceRedaction.Body(state.ResponseBody, carriesSecrets: false));
            return response;
        }
    }
}
