using System.Security.Authentication;
using HwTasks.Core.Http;

namespace HwTasks.FrameworkTests
{
    /// <summary>The primary handler as HwTasks builds it on this runtime, the one Windows PowerShell 5.1 gets.</summary>
    internal static class RuntimeCases
    {
        public static void Add(CaseRunner runner)
        {
            runner.Case("this runtime takes the .NET Framework path", () =>
                Check.Equal(HttpRuntime.Framework, HttpTransport.Current, "HttpTransport.Current"));

            runner.Case("the handler negotiates TLS 1.2 or later, never SSL 3, TLS 1.0 or 1.1", () =>
            {
                using var handler = HttpTransport.CreateHandler(HttpTransport.Current);
                Check.True((handler.SslProtocols & SslProtocols.Tls12) == SslProtocols.Tls12, "Tls12 in " + handler.SslProtocols);
#pragma warning disable CS0618 // the obsolete protocols are what must be absent
                Check.Equal(SslProtocols.None, handler.SslProtocols & (SslProtocols.Ssl3 | SslProtocols.Tls | SslProtocols.Tls11), "older protocols");
#pragma warning restore CS0618
            });

            runner.Case("the handler opens as many connections per host as the highest -ThrottleLimit", () =>
            {
                using var handler = HttpTransport.CreateHandler(HttpTransport.Current);
                Check.Equal(64, handler.MaxConnectionsPerServer, "MaxConnectionsPerServer");
            });
        }
    }
}
