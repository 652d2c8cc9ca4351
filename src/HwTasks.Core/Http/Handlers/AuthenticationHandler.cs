using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace HwTasks.Core.Http.Handlers
{
    /// <summary>
    /// Adds User-Agent and X-Project-Id, then signs (or adds X-Auth-Token). It sits inside the retry
    /// handler, so every attempt gets a fresh X-Sdk-Date and signature.
    /// </summary>
    internal sealed class AuthenticationHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var state = CallState.Of(request);
            request.Headers.Remove("User-Agent");
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent.Value);
            request.Headers.Remove("X-Project-Id");
            if (state.Request.SendsProjectHeader && state.Target.ProjectId is not null)
                request.Headers.TryAddWithoutValidation("X-Project-Id", state.Target.ProjectId);

            var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            state.Target.Authenticator.Apply(request, body, DateTimeOffset.UtcNow);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
