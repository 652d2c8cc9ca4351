using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HwTasks.Core.Errors;
using HwTasks.Core.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Http;

/// <summary>
/// What an attempt without a usable answer says: the framework's text never carries a URL's
/// user:password (a proxy from HTTPS_PROXY); a certificate failure is not retried and says what it
/// is; a response that broke off is not "no response"; a proxy's 407 is named as such. (The proxy
/// itself is tested in tests/Reliability.Tests.ps1: .NET reads HTTPS_PROXY once per process.)
/// </summary>
public class TransportFailureTests
{
    [Theory]
    [InlineData("The proxy tunnel request to proxy 'http://user:s3cret@127.0.0.1:3128/' failed with status code '407'.",
                "The proxy tunnel request to proxy 'http://REDACTED@127.0.0.1:3128/' failed with status code '407'.")]
    [InlineData("proxy http://dom%5Cuser:p@ss@word@proxy.corp:8080 refused", "proxy http://REDACTED@proxy.corp:8080 refused")]
    [InlineData("two: https://a:b@x.example/p and socks5://c:d@y.example:1080", "two: https://REDACTED@x.example/p and socks5://REDACTED@y.example:1080")]
    [InlineData("proxy 'http://us%3Aer:p%40ss%2Fw%20rd@proxy.corp:8080/' failed", "proxy 'http://REDACTED@proxy.corp:8080/' failed")]
    [InlineData("wss://u:p@h.example:443/ws (\"ws://v:q@h.example\")", "wss://REDACTED@h.example:443/ws (\"ws://REDACTED@h.example\")")]
    [InlineData("mail ops@example.com, no URL", "mail ops@example.com, no URL")]
    [InlineData("http://127.0.0.1:3128/ has no user", "http://127.0.0.1:3128/ has no user")]
    public void User_information_is_redacted_from_framework_text(string text, string expected) =>
        Assert.Equal(expected, UrlRedaction.WithoutUserInfo(text));

    [Fact]
    public void A_framework_exception_naming_a_proxy_with_its_password_is_carried_redacted()
    {
        var original = new HttpRequestException("The proxy tunnel request to proxy 'http://user:s3cret@127.0.0.1:3128/' failed",
            new IOException("inner http://user:s3cret@127.0.0.1:3128/ too"));

        var carried = RedactedFailure.Of(original);

        Assert.NotSame(original, carried);
        Assert.DoesNotContain("s3cret", carried.Message);
        Assert.DoesNotContain("s3cret", carried.InnerException!.Message);
        Assert.DoesNotContain("s3cret", carried.ToString());
        Assert.StartsWith("System.Net.Http.HttpRequestException: The proxy tunnel request to proxy 'http://REDACTED@127.0.0.1:3128/'", carried.ToString());
        var plain = new IOException("connection reset");
        Assert.Same(plain, RedactedFailure.Of(plain));
    }

    [Fact]
    public async Task A_certificate_failure_is_not_retried_and_says_it_is_a_certificate_problem()
    {
        using var server = new SelfSignedTlsServer();
        var trace = new TestTrace();

        var failure = await Assert.ThrowsAsync<HwCloudException>(() =>
            HwCloudClient.Shared.SendAsync(Target(server.BaseUri), Get(), FastOptions(trace, retries: 3), default));

        Assert.Equal(1, server.Connections);
        Assert.Equal(HwCloudErrorKind.Connection, failure.Kind);
        Assert.Equal("CertificateError", failure.ErrorId);
        Assert.StartsWith("CDM ListClusters failed: the TLS authentication of " + server.BaseUri.GetLeftPart(UriPartial.Authority) + " failed (", failure.Message);
        Assert.Contains("a certificate problem, which retrying cannot fix", failure.Message);
        Assert.DoesNotContain(trace.VerboseLines, l => l.StartsWith("Retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_response_that_broke_off_is_not_called_no_response_and_names_its_request_id()
    {
        await using var server = new ScriptedServer((_, _) => new ScriptedResponse
        {
            Body = "{\"jobs\":[1,2,3]}", TruncateAfter = 5, Headers = new() { ["Content-Type"] = "application/json", ["X-Request-Id"] = "rid-cut" },
        });

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Send(server, Start()));

        Assert.Equal("ConnectionFailed", failure.ErrorId);
        Assert.DoesNotContain("no response", failure.Message);
        Assert.StartsWith("CDM StartJob failed: the response from " + server.BaseUri.GetLeftPart(UriPartial.Authority) + " (HTTP 200) broke off before its end (", failure.Message);
        Assert.Equal("rid-cut", failure.RequestId);
        Assert.EndsWith("(request id rid-cut)", failure.Message);
    }

    [Fact]
    public async Task A_response_too_large_names_the_request_id_it_carried()
    {
        await using var server = new ScriptedServer((_, _) => new ScriptedResponse
        {
            RawBody = new byte[2 * 1024 * 1024], Headers = new() { ["Content-Type"] = "application/json", ["X-Request-Id"] = "rid-big" },
        });
        var options = FastOptions();
        options.MaximumResponseBytes = 1024 * 1024;

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Send(server, Get(), options));

        Assert.Equal("ResponseTooLarge", failure.ErrorId);
        Assert.Equal("rid-big", failure.RequestId);
        Assert.EndsWith("(request id rid-big)", failure.Message);
    }

    [Fact]
    public async Task A_407_from_something_in_front_of_an_http_endpoint_is_a_proxy_error_not_a_service_error()
    {
        await using var server = new ScriptedServer((_, _) => new ScriptedResponse
        {
            Status = 407, Body = "", Headers = new() { ["Proxy-Authenticate"] = "Basic realm=\"corp\"" },
        });

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Send(server, Get()));

        Assert.Equal(HwCloudErrorKind.Connection, failure.Kind);
        Assert.Equal("ProxyAuthenticationRequired", failure.ErrorId);
        Assert.Equal(407, failure.StatusCode);
        Assert.StartsWith("CDM ListClusters failed: a proxy between HwTasks and the service answered HTTP 407 Proxy Authentication Required", failure.Message);
        Assert.Single(server.Requests);
    }

    /// <summary>A TLS server on 127.0.0.1 whose certificate no one trusts; it counts connections.</summary>
    private sealed class SelfSignedTlsServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly X509Certificate2 _certificate;
        private int _connections;

        public SelfSignedTlsServer()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            _certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
            _listener.Start();
            BaseUri = new Uri("https://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port);
            _ = Task.Run(Accept);
        }

        public Uri BaseUri { get; }
        public int Connections => Volatile.Read(ref _connections);

        private async Task Accept()
        {
            while (true)
            {
                TcpClient client;
                try { client = await _listener.AcceptTcpClientAsync(); } catch { return; }
                Interlocked.Increment(ref _connections);
                _ = Task.Run(async () =>
                {
                    using (client)
                    using (var tls = new SslStream(client.GetStream()))
                    {
                        try { await tls.AuthenticateAsServerAsync(_certificate); } catch { }
                    }
                });
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _certificate.Dispose();
        }
    }
}
