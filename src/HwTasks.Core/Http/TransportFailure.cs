using System;
using System.Net;
using System.Security.Authentication;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// What an attempt that got no usable answer says: a certificate the framework refused (not worth
    /// retrying), a proxy that wants credentials, a response that broke off, or no response at all.
    /// Framework text may name the proxy's URL with its user:password (HTTPS_PROXY): it is redacted
    /// from the message and from the inner exception the error carries.
    /// </summary>
    internal static class TransportFailure
    {
        public static HwCloudException From(CallState state, Uri target, Exception failure, out bool retryable)
        {
            var origin = UrlRedaction.Origin(target);
            var inner = RedactedFailure.Of(failure);
            var certificate = Find<AuthenticationException>(failure);
            if (certificate is not null)
            {
                retryable = false;
                return Connection(state, "CertificateError", "the TLS authentication of " + origin + " failed (" + Clean(certificate.Message) +
                    "): a certificate problem, which retrying cannot fix. Check that -EndpointUrl names the service, that this computer " +
                    "trusts the certificate's issuer and that its clock is right", null, inner);
            }
            var proxy = ProxyInUse.For(target);
            if (proxy is not null && ProxyStatus(failure) == 407)
            {
                retryable = false;
                return ProxyRefused(state.ServiceName, state.Request.Operation, proxy, null, inner);
            }
            retryable = RetryPolicy.ShouldRetry(failure, state.Request.IsIdempotent);
            var cause = Clean(Innermost(failure).Message);
            if (state.AnsweredStatus.HasValue)
            {
                return Connection(state, "ConnectionFailed", "the response from " + origin + " (HTTP " + state.AnsweredStatus.Value +
                    ") broke off before its end (" + cause + ")", state.AnsweredRequestId, inner);
            }
            return Connection(state, "ConnectionFailed", "no response from " + origin + (proxy is null ? string.Empty : " through the proxy " + proxy) +
                " (" + cause + ")", null, inner);
        }

        /// <summary>A proxy's 407, whether it answered a plain-http request or refused an https tunnel.</summary>
        public static HwCloudException ProxyRefused(string service, string operation, string? proxy, string? requestId, Exception? inner = null) =>
            HwCloudException.Transport(HwCloudErrorKind.Connection, "ProxyAuthenticationRequired", service, operation,
                (proxy is null ? "a proxy between HwTasks and the service" : "the proxy " + proxy) +
                " answered HTTP 407 Proxy Authentication Required: it wants credentials it was not given, or refused the ones it got. " +
                "Give them in the proxy URL (HTTPS_PROXY or HTTP_PROXY=http://user:password@host:port; HwTasks never shows them) and check them",
                requestId, inner);

        private static HwCloudException Connection(CallState state, string id, string what, string? requestId, Exception inner) =>
            HwCloudException.Transport(HwCloudErrorKind.Connection, id, state.ServiceName, state.Request.Operation, what, requestId, inner);

        // HttpRequestException.StatusCode (.NET 5 and later): the status of a proxy's refused CONNECT.
        private static int? ProxyStatus(Exception failure)
        {
            for (var e = failure; e is not null; e = e.InnerException)
            {
                if (e.GetType().GetProperty("StatusCode")?.GetValue(e) is HttpStatusCode status) return (int)status;
            }
            return null;
        }

        private static T? Find<T>(Exception failure) where T : Exception
        {
            for (var e = failure; e is not null; e = e.InnerException)
            {
                if (e is T found) return found;
            }
            return null;
        }

        private static Exception Innermost(Exception failure)
        {
            var innermost = failure;
            while (innermost.InnerException is not null) innermost = innermost.InnerException;
            return innermost;
        }

        private static string Clean(string message) => RemoteText.Clean(UrlRedaction.WithoutUserInfo(message), 300);
    }
}
