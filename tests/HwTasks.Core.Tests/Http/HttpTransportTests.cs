using System.Security.Authentication;
using HwTasks.Core.Http;

namespace HwTasks.Core.Tests.Http;

/// <summary>
/// The primary handler as each edition gets it. The Framework case builds the very handler Windows
/// PowerShell 5.1 gets (the properties are netstandard2.0's); the Mono leg (tests/HwTasks.FrameworkTests)
/// builds it again on a Framework-design runtime.
/// </summary>
public class HttpTransportTests
{
    [Fact]
    public void Framework_handler_negotiates_only_TLS_1_2_and_later_itself()
    {
        using var handler = HttpTransport.CreateHandler(HttpRuntime.Framework);

        // Not None: on .NET Framework None means ServicePointManager.SecurityProtocol, TLS 1.0 on an unpatched machine.
        Assert.Equal(SslProtocols.Tls12 | SslProtocols.Tls13, handler.SslProtocols);
    }

    [Fact]
    public void Framework_handler_opens_as_many_connections_per_host_as_the_highest_ThrottleLimit()
    {
        using var handler = HttpTransport.CreateHandler(HttpRuntime.Framework);

        // Not .NET Framework's default of 2 (ServicePointManager.DefaultConnectionLimit).
        Assert.Equal(64, handler.MaxConnectionsPerServer);
        Assert.Equal(HttpTransport.ConnectionsPerServer, handler.MaxConnectionsPerServer);
    }

    [Fact]
    public void Core_handler_keeps_the_OS_choice_of_TLS_and_unlimited_connections()
    {
        using var handler = HttpTransport.CreateHandler(HttpRuntime.Core);

        Assert.Equal(SslProtocols.None, handler.SslProtocols);
        Assert.Equal(int.MaxValue, handler.MaxConnectionsPerServer);
    }

    [Theory]
    [InlineData(nameof(HttpRuntime.Framework))]
    [InlineData(nameof(HttpRuntime.Core))]
    public void Every_handler_refuses_redirects_and_cookies_and_accepts_compression(string runtime)
    {
        using var handler = HttpTransport.CreateHandler(Enum.Parse<HttpRuntime>(runtime));

        Assert.False(handler.AllowAutoRedirect);
        Assert.False(handler.UseCookies);
        Assert.Equal(System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate, handler.AutomaticDecompression);
    }

    [Fact]
    public void This_test_host_is_a_Core_runtime()
    {
        Assert.Equal(HttpRuntime.Core, HttpTransport.Current);
    }

    [Fact]
    public void The_pipeline_client_never_asks_for_100_continue_and_leaves_timeouts_to_each_attempt()
    {
        var client = HttpPipeline.CreateClient();

        // false, not null: on .NET Framework null means ServicePoint.Expect100Continue, which is true.
        Assert.False(client.DefaultRequestHeaders.ExpectContinue);
        Assert.Equal(System.Threading.Timeout.InfiniteTimeSpan, client.Timeout);
    }

    [Fact]
    public void Framework_signs_the_content_type_as_its_handler_sends_it()
    {
        // HttpClientHandler on .NET Framework re-formats the header it copies onto HttpWebRequest.
        Assert.Equal("application/json; charset=UTF-8", HttpTransport.ContentTypeAsSent(HwCloudRequest.JsonUtf8ContentType, HttpRuntime.Framework));
        Assert.Equal("application/json", HttpTransport.ContentTypeAsSent(HwCloudRequest.JsonContentType, HttpRuntime.Framework));
    }

    [Fact]
    public void Core_signs_the_content_type_as_given_which_it_sends_unchanged()
    {
        Assert.Equal("application/json;charset=UTF-8", HttpTransport.ContentTypeAsSent(HwCloudRequest.JsonUtf8ContentType, HttpRuntime.Core));
    }
}
