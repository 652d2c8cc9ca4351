using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Demo;
using HwTasks.Emulator;

namespace HwTasks.Module.Tests.Hosting;

/// <summary>
/// The emulator as every suite of this repository starts it: HwTasks.Testing's Start-HwCloudEmulator,
/// in this process (<see cref="EmulatorHost"/>, shared with the demo), driven through its /_emulator
/// HTTP admin API. Its identities are <see cref="EmulatorDefaults"/>' constants, which compile into
/// the tests: this test process never loads HwTasks.Core or HwTasks.Emulator itself, the modules do.
/// </summary>
public sealed class TestEmulator : IAsyncDisposable
{
    private readonly IDisposable _host;
    private readonly HttpClient _admin;

    private TestEmulator(IDisposable host, Uri baseUri)
    {
        _host = host;
        BaseUri = baseUri;
        _admin = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>e.g. http://127.0.0.1:41234/ (with a trailing slash).</summary>
    public Uri BaseUri { get; }

    /// <summary>e.g. http://127.0.0.1:41234 (no trailing slash), for -EndpointUrl.</summary>
    public string Url => BaseUri.GetLeftPart(UriPartial.Authority);

    public static Task<TestEmulator> StartAsync() => Task.Run(() =>
    {
        var host = EmulatorHost.Start(RepositoryPaths.Root);
        return new TestEmulator(host, host.BaseUri);
    });

    /// <summary>
    /// The same emulator in a process of its own, for a test that measures this process's heap: in
    /// process, the emulator's request log and state would count as the module's growth.
    /// </summary>
    public static async Task<TestEmulator> StartInOwnProcessAsync()
    {
        var child = await EmulatorChildProcess.StartAsync();
        return new TestEmulator(child, child.BaseUri);
    }

    public async Task ResetAsync()
    {
        (await _admin.DeleteAsync("_emulator/faults")).EnsureSuccessStatusCode();
        (await _admin.DeleteAsync("_emulator/chaos")).EnsureSuccessStatusCode();
        (await _admin.PostAsync("_emulator/reset", null)).EnsureSuccessStatusCode();
        (await _admin.DeleteAsync("_emulator/requests")).EnsureSuccessStatusCode();
    }

    public async Task SeedAsync(string seedJson)
    {
        (await _admin.PostAsync("_emulator/seed", new StringContent(seedJson, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await _admin.DeleteAsync("_emulator/requests")).EnsureSuccessStatusCode();
    }

    public async Task ResetLogAsync() => (await _admin.DeleteAsync("_emulator/requests")).EnsureSuccessStatusCode();

    public async Task<IReadOnlyList<LoggedRequest>> RequestsAsync()
    {
        var json = await _admin.GetStringAsync("_emulator/requests");
        return JsonSerializer.Deserialize<List<LoggedRequest>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public async Task<string> RequestLogTextAsync() => await _admin.GetStringAsync("_emulator/requests");

    public async Task FaultAsync(object fault) =>
        (await _admin.PostAsJsonAsync("_emulator/faults", fault)).EnsureSuccessStatusCode();

    /// <summary>Random faults on every request from now on: {seed, status503, drop, afterProcessing} (docs/EMULATOR.md, Chaos).</summary>
    public async Task StartChaosAsync(object settings) =>
        (await _admin.PostAsJsonAsync("_emulator/chaos", settings)).EnsureSuccessStatusCode();

    public async Task StopChaosAsync() => (await _admin.DeleteAsync("_emulator/chaos")).EnsureSuccessStatusCode();

    /// <summary>Moves the gateway's clock (X-Sdk-Date check and Date header) away from this machine's.</summary>
    public async Task SkewGatewayClockAsync(double offsetSeconds) =>
        (await _admin.PostAsJsonAsync("_emulator/gateway-clock", new { offsetSeconds })).EnsureSuccessStatusCode();

    public async Task AdvanceClockAsync(double seconds) =>
        (await _admin.PostAsJsonAsync("_emulator/clock/advance", new { seconds })).EnsureSuccessStatusCode();

    public ValueTask DisposeAsync()
    {
        _admin.Dispose();
        _host.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed record LoggedRequest(
    long Sequence, string Method, string Path, string Query, Dictionary<string, string> Headers, string? Body,
    string BodySha256, long BodyLength, int Status, string? RequestId, string? Faulted, int? ProcessedStatus = null)
{
    /// <summary>The service acted on it: answered 2xx, or a fault replaced a 2xx answer after processing.</summary>
    public bool Processed => ProcessedStatus is >= 200 and < 300 || (Faulted is null or "latency" && Status is >= 200 and < 300);

    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    public string PathAndQuery => Query.Length == 0 ? Path : Path + "?" + Query.TrimStart('?');
}
