using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Seed;

namespace HwTasks.Emulator.Tests.Infrastructure;

/// <summary>An in-process emulator on an ephemeral port with a manual clock, plus a signed client for it.</summary>
internal sealed class TestEmulator : IAsyncDisposable
{
    private TestEmulator(EmulatorServer server)
    {
        Server = server;
        Client = new SignedClient(server.BaseAddress);
        Admin = new HttpClient { BaseAddress = server.BaseAddress };
    }

    public EmulatorServer Server { get; }
    public SignedClient Client { get; }
    /// <summary>Unsigned client for /_emulator.</summary>
    public HttpClient Admin { get; }

    public const string Project = EmulatorDefaults.ProjectCnNorth4;

    public static async Task<TestEmulator> StartAsync(SeedDocument? seed = null, long? maxBody = null)
    {
        var options = new EmulatorOptions { ManualClock = true, Seed = seed };
        if (maxBody is not null) options.MaxRequestBodyBytes = maxBody.Value;
        return new TestEmulator(await EmulatorServer.StartAsync(options));
    }

    public SignedClient NewClient(string accessKey = EmulatorDefaults.AccessKey, string secretKey = EmulatorDefaults.SecretKey,
        string? securityToken = null, string? projectId = Project) =>
        new(Server.BaseAddress, accessKey, secretKey, securityToken, projectId);

    public void Advance(double seconds) => Server.Clock.Advance(TimeSpan.FromSeconds(seconds));

    public async Task<HttpResponseMessage> AddFaultAsync(object fault)
    {
        var response = await Admin.PostAsJsonAsync("_emulator/faults", fault);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return response;
    }

    public async Task<JsonArray> RequestLogAsync() =>
        (JsonNode.Parse(await Admin.GetStringAsync("_emulator/requests")) as JsonArray)!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Admin.Dispose();
        await Server.DisposeAsync();
    }
}
