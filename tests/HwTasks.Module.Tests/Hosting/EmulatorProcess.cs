using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HwTasks.Module.Tests.Hosting;

/// <summary>
/// The emulator as users run it: a child process on an ephemeral loopback port. Out of process on
/// purpose, so this test process never loads HwTasks.Core outside the module's private context.
/// </summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    public const string AccessKey = "EMULATORAK0000000001";
    public const string SecretKey = "EmulatorSecretKey00000000000000000000001";
    public const string TemporaryAccessKey = "EMULATORTMPAK0000001";
    public const string TemporarySecretKey = "EmulatorTemporarySecretKey00000000000001";
    public const string SecurityToken = "emulator-security-token-0001";
    public const string Domain = "hwtasks-demo";
    public const string UserName = "ops-admin";
    public const string Password = "Emulator-Passw0rd!";
    public const string ProjectId = "0123456789abcdef0123456789abcdef";
    public const string Region = "cn-north-4";
    public const string ClusterId = "6ec9a0a4-76be-4262-8697-e7af1fac7920";
    public const string WorkspaceId = "0833a5737480d53b2f25c010dc1a7b88";
    public const string KafkaInstanceId = "a1b2c3d4-0000-1111-2222-333344445555";

    private readonly Process _process;
    private readonly HttpClient _admin;

    private EmulatorProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
        _admin = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseUri { get; }
    public string Url => BaseUri.ToString().TrimEnd('/');

    public static async Task<EmulatorProcess> StartAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(EmulatorAssembly());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = Process.Start(info)!;
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        const string marker = "HwTasks.Emulator listening on ";
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is null) throw new InvalidOperationException("The emulator exited: " + errors);
            if (line.StartsWith(marker, StringComparison.Ordinal)) return new EmulatorProcess(process, new Uri(line[marker.Length..].Trim()));
        }
    }

    private static string EmulatorAssembly()
    {
        // Same configuration as this test assembly (…/bin/<Configuration>/net10.0/); the emulator targets net8.0.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(RepositoryPaths.Root, "src", "HwTasks.Emulator", "bin", configuration, "net8.0", "HwTasks.Emulator.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the emulator first.", path);
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

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
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
