using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// Composes every header of the attempt (the request's own, Content-Type, User-Agent,
    /// X-Project-Id, then the credentials) and puts exactly that list on the wire. It sits inside the
    /// retry handler, so every attempt gets a fresh X-Sdk-Date and signature. Headers are added
    /// unvalidated and never enumerated back: .NET would re-format parsed values (e.g. a space after
    /// ';' in Content-Type) and break the signature. .NET Framework's handler enumerates them itself,
    /// so there the Content-Type is signed in the form it will be sent (HttpTransport.ContentTypeAsSent).
    /// </summary>
    internal sealed class AuthenticationHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var state = CallState.Of(request);
            var headers = new List<KeyValuePair<string, string>>(state.Request.Headers);
            if (request.Content is not null && state.Request.ContentType is not null)
                headers.Add(new KeyValuePair<string, string>("Content-Type", HttpTransport.ContentTypeAsSent(state.Request.ContentType, HttpTransport.Current)));
            headers.Add(new KeyValuePair<string, string>("User-Agent", UserAgent.Value));
            if (state.Request.SendsProjectHeader && state.Target.ProjectId is not null)
                headers.Add(new KeyValuePair<string, string>("X-Project-Id", state.Target.ProjectId));

            // The bytes the content was made from: hashing them needs no copy of the content.
            var final = await state.Target.Authenticator.AuthenticateAsync(state, request.RequestUri!, headers, cancellationToken).ConfigureAwait(false);
            foreach (var header in final)
            {
                if (string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase))
                {
                    if (request.Content is null) continue; // a body-less GET or DELETE has no content type
                    request.Content!.Headers.Remove(header.Key);
                    request.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
                else
                {
                    request.Headers.Remove(header.Key);
                    request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            state.WireHeaders = final;
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
