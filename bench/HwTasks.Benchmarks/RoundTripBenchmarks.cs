using HwTasks.Core.Services.Kafka;
using System.Net;
using System.Net.Http;
using System.Security;
using System.Text;
using BenchmarkDotNet.Attributes;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;

namespace HwTasks.Benchmarks;

/// <summary>
/// What the HwTasks pipeline (signing, retry, trace, buffering) adds to one call, against a bare
/// HttpClient GET to the same loopback server.
/// </summary>
[MemoryDiagnoser]
public class RoundTripBenchmarks
{
    private HttpListener _listener = null!;
    private Task _serving = null!;
    private Uri _base = null!;
    private HttpClient _bare = null!;
    private ServiceTarget _target = null!;
    private readonly CallOptions _options = new();
    private readonly byte[] _answer = Encoding.UTF8.GetBytes("{\"task_count\":\"0\",\"tasks\":[]}");

    [GlobalSetup]
    public void Setup()
    {
        var port = FreePort();
        _base = new Uri("http://127.0.0.1:" + port + "/");
        _listener = new HttpListener();
        _listener.Prefixes.Add(_base.ToString());
        _listener.Start();
        _serving = Task.Run(Serve);
        _bare = new HttpClient();
        var secret = SecretText.FromString("EmulatorSecretKey00000000000000000000001");
        _target = new ServiceTarget(KafkaService.Instance, _base, "cn-north-4", "0123456789abcdef0123456789abcdef",
            RequestAuthenticator.Signing(new AccessKeyCredential("EMULATORAK0000000001", secret)));
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch { return; }
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = _answer.Length;
            await context.Response.OutputStream.WriteAsync(_answer);
            context.Response.Close();
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> BareHttpClientGet()
    {
        var body = await _bare.GetByteArrayAsync(new Uri(_base, "v2/0123456789abcdef0123456789abcdef/instances/i1/tasks?limit=10&start=0"));
        return body.Length;
    }

    [Benchmark]
    public async Task<int> SignedHwTasksGet()
    {
        var request = new HwCloudRequest(KafkaService.Instance, "ListBackgroundTasks", HttpMethod.Get, "/v2/0123456789abcdef0123456789abcdef/instances/i1/tasks");
        request.AddQuery("start", "0");
        request.AddQuery("limit", "10");
        var response = await HwCloudClient.Shared.SendAsync(_target, request, _options, CancellationToken.None);
        return response.Body.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _listener.Stop();
        _bare.Dispose();
    }

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
