using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Authentication;

namespace HwTasks.Core.Http
{
    /// <summary>Which HTTP stack the process runs on: .NET Framework's (Windows PowerShell 5.1; Mono's is the same design) or .NET's.</summary>
    internal enum HttpRuntime
    {
        /// <summary>.NET Framework or Mono: HttpClientHandler over HttpWebRequest and ServicePointManager.</summary>
        Framework,
        /// <summary>.NET (PowerShell 7): SocketsHttpHandler, whose defaults are already right.</summary>
        Core,
    }

    /// <summary>
    /// The sockets end of the pipeline: the primary handler and the client settings, the one place
    /// that differs by runtime. Set on the handler: ServicePointManager's process-wide defaults stay as they are.
    /// </summary>
    internal static class HttpTransport
    {
        /// <summary>The highest -ThrottleLimit any command accepts: every item in flight gets its own connection.</summary>
        public const int ConnectionsPerServer = 64;

        // .NET Framework and Mono report 4.0.30319; .NET Core 3 and later their own major version.
        public static HttpRuntime Current { get; } = Environment.Version.Major == 4 ? HttpRuntime.Framework : HttpRuntime.Core;

        /// <summary>
        /// On .NET Framework the defaults are wrong for us: 2 connections per host
        /// (ServicePointManager.DefaultConnectionLimit) and whatever ServicePointManager.SecurityProtocol
        /// the machine's registry gives, TLS 1.0 on an unpatched one. Az fixes the latter by OR-ing Tls12
        /// into ServicePointManager.SecurityProtocol at startup, which changes every other module's
        /// requests too; HttpClientHandler.SslProtocols (.NET Framework 4.7.1+, which the manifest
        /// requires) applies to this handler's requests only, and MaxConnectionsPerServer to the
        /// ServicePoint of each host it calls. On .NET the OS chooses the protocol (SslProtocols.None)
        /// and connections are unlimited already.
        /// </summary>
        public static HttpClientHandler CreateHandler(HttpRuntime runtime)
        {
            var handler = new HttpClientHandler
            {
                // A signed request must not be replayed to another host by a redirect.
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            };
            if (runtime == HttpRuntime.Framework)
            {
                handler.SslProtocols = ModernTls;
                handler.MaxConnectionsPerServer = ConnectionsPerServer;
            }
            return handler;
        }

        /// <summary>
        /// No per-call timeout on the client (each attempt has its own), and no "Expect: 100-continue":
        /// .NET Framework sends it before every body (a start, a search) and waits up to 350 ms for a
        /// "100 Continue" that many gateways never send. On .NET Framework this header setting is what
        /// turns the request's ServicePoint.Expect100Continue off; .NET never sends it unasked.
        /// </summary>
        public static void ConfigureClient(HttpClient client)
        {
            client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.ExpectContinue = false;
        }

        /// <summary>
        /// The Content-Type the handler will put on the wire, which the signature must cover. .NET writes
        /// the value as added; .NET Framework's HttpClientHandler (and Mono's) copies content headers onto
        /// its HttpWebRequest by enumerating them, which re-formats a media type: the SDK's
        /// "application/json;charset=UTF-8" goes out as "application/json; charset=UTF-8".
        /// </summary>
        public static string ContentTypeAsSent(string contentType, HttpRuntime runtime) =>
            runtime == HttpRuntime.Framework && MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.ToString() : contentType;

        // TLS 1.3 where the runtime knows it (.NET Framework 4.8, SChannel decides whether the OS has it);
        // netstandard2.0 has no name for it, and 4.7.2 refuses the bit.
        private const SslProtocols Tls13 = (SslProtocols)12288;

        internal static SslProtocols ModernTls { get; } =
            Enum.IsDefined(typeof(SslProtocols), Tls13) ? SslProtocols.Tls12 | Tls13 : SslProtocols.Tls12;
    }
}
