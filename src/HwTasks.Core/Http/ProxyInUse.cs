using System;
using System.Net;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// The proxy the framework sends a request through, for messages. HwTasks' handler keeps the
    /// framework's default proxy (HTTP_PROXY/HTTPS_PROXY/ALL_PROXY/NO_PROXY on .NET Core, the system
    /// proxy on .NET Framework); WebRequest.DefaultWebProxy is that proxy on both.
    /// </summary>
    internal static class ProxyInUse
    {
        /// <summary>scheme://host:port of the proxy for <paramref name="target"/> (never its user information), or null when none is used.</summary>
        public static string? For(Uri target)
        {
            try
            {
                var proxy = WebRequest.DefaultWebProxy;
                if (proxy is null || proxy.IsBypassed(target)) return null;
                var uri = proxy.GetProxy(target);
                return uri is null || uri == target ? null : UrlRedaction.Origin(uri);
            }
            catch (Exception e) when (e is InvalidOperationException || e is PlatformNotSupportedException || e is UriFormatException)
            {
                return null; // a message without the proxy's name beats a failure of its own
            }
        }
    }
}
