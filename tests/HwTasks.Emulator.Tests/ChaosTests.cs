using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class ChaosTests
{
    private const string SyncTasks = OmsTests.SyncTasks;
    private const string Workflows = "/v1/" + TestEmulator.Project + "/cms/workflow-list";

    [Fact]
    public async Task Faults_strike_every_kind_of_request_at_about_the_rates_asked_and_are_logged()
    {
        await using var emu = await TestEmulator.StartAsync();
        await StartChaosAsync(emu, new { seed = 42, status503 = 0.10, drop = 0.05, afterProcessing = 0.02 });
        const int requests = 2000;
        for (var i = 0; i < requests; i++) await TrySendAsync(emu, "GET", SyncTasks);

        var log = (await emu.RequestLogAsync()).Select(e => e!).ToList();
        Assert.Equal(requests, log.Count);
        var before503 = log.Count(e => Faulted(e) == "status" && ProcessedStatus(e) is null && Status(e) == 503);
        var beforeDrop = log.Count(e => Faulted(e) == "drop" && ProcessedStatus(e) is null && Status(e) == 0);
        var after = log.Where(e => ProcessedStatus(e) == 200).ToList();
        var spared = log.Count(e => Faulted(e) is null && Status(e) == 200);
        Assert.Equal(requests, before503 + beforeDrop + after.Count + spared);
        // The draws are seeded, so these counts are the same on every run; the bounds say "about the rate".
        Assert.InRange(before503, 150, 250);
        Assert.InRange(beforeDrop, 70, 130);
        Assert.InRange(after.Count, 25, 55);
        Assert.Contains(after, e => Faulted(e) == "status" && Status(e) == 503);
        Assert.Contains(after, e => Faulted(e) == "drop" && Status(e) == 0);
    }

    [Fact]
    public async Task The_same_seed_replays_the_same_faults_however_other_requests_interleave()
    {
        await using var emu = await TestEmulator.StartAsync();
        var alone = await FaultsMetAsync(emu, seed: 7, interleaved: false);
        var interleaved = await FaultsMetAsync(emu, seed: 7, interleaved: true);
        var otherSeed = await FaultsMetAsync(emu, seed: 8, interleaved: false);

        Assert.Contains("status", alone);
        Assert.Contains("drop", alone);
        Assert.Equal(alone, interleaved);
        Assert.NotEqual(alone, otherSeed);
    }

    [Fact]
    public async Task After_processing_the_service_acts_and_the_log_keeps_its_answer_unless_the_gateway_refused_first()
    {
        await using var emu = await TestEmulator.StartAsync();
        await StartChaosAsync(emu, new { seed = 1, afterProcessing = 1.0 });
        var seen = await TrySendAsync(emu, "POST", SyncTasks + "/" + OmsTests.StoppedTask + "/start", OmsTests.Keys);
        using var wrongKey = emu.NewClient(secretKey: "NotTheSecretKey0000000000000000000000000");
        var refused = await TrySendAsync(emu, "GET", SyncTasks, client: wrongKey);
        Assert.Equal(HttpStatusCode.NoContent, (await emu.Admin.DeleteAsync("_emulator/chaos")).StatusCode);

        Assert.Contains(seen, new[] { 503, 0 });
        Assert.Equal(401, refused);
        var shown = await (await emu.Client.SendAsync("GET", SyncTasks + "/" + OmsTests.StoppedTask)).ReadObjectAsync();
        Assert.Equal("SYNCHRONIZING", (string?)shown["status"]);
        var log = await emu.RequestLogAsync();
        Assert.Equal(seen == 0 ? "drop" : "status", Faulted(log[0]!));
        Assert.Equal(200, ProcessedStatus(log[0]!));
        // The gateway refused the signature: the service never ran, so there was nothing to replace.
        Assert.Null(Faulted(log[1]!));
        Assert.Null(ProcessedStatus(log[1]!));
    }

    [Fact]
    public async Task A_counted_rule_comes_before_chaos_and_delete_switches_chaos_off()
    {
        await using var emu = await TestEmulator.StartAsync();
        await StartChaosAsync(emu, new { seed = 3, status503 = 1.0 });
        await emu.AddFaultAsync(new { path = "/v2/**", kind = "status", status = 500 });
        var shown = JsonNode.Parse(await emu.Admin.GetStringAsync("_emulator/chaos"))!;

        Assert.Equal(500, await TrySendAsync(emu, "GET", SyncTasks));
        Assert.Equal(503, await TrySendAsync(emu, "GET", SyncTasks));
        Assert.True((bool)shown["enabled"]!);
        Assert.Equal(3, (int)shown["seed"]!);
        Assert.Equal(1.0, (double)shown["status503"]!);
        Assert.Equal(HttpStatusCode.NoContent, (await emu.Admin.DeleteAsync("_emulator/chaos")).StatusCode);
        Assert.False((bool)JsonNode.Parse(await emu.Admin.GetStringAsync("_emulator/chaos"))!["enabled"]!);
        Assert.Equal(200, await TrySendAsync(emu, "GET", SyncTasks));
    }

    [Theory]
    [InlineData("{\"status503\":1.5}")]
    [InlineData("{\"drop\":-0.1}")]
    [InlineData("{\"status503\":0.6,\"drop\":0.5}")]
    [InlineData("{\"status530\":0.1}")]
    [InlineData("{\"seed\":\"x\"}")]
    [InlineData("{\"drop\":\"0.1\"}")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task Unusable_settings_are_refused_and_chaos_stays_off(string body)
    {
        await using var emu = await TestEmulator.StartAsync();
        var response = await emu.Admin.PostAsync("_emulator/chaos", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((string?)(await response.ReadObjectAsync())["error"]);
        Assert.False((bool)JsonNode.Parse(await emu.Admin.GetStringAsync("_emulator/chaos"))!["enabled"]!);
    }

    /// <summary>Restarts chaos and sends 40 OMS list GETs (with an AOM search before each when interleaved); what each GET met.</summary>
    private static async Task<string[]> FaultsMetAsync(TestEmulator emu, int seed, bool interleaved)
    {
        Assert.Equal(HttpStatusCode.NoContent, (await emu.Admin.DeleteAsync("_emulator/requests")).StatusCode);
        await StartChaosAsync(emu, new { seed, status503 = 0.3, drop = 0.2 });
        for (var i = 0; i < 40; i++)
        {
            if (interleaved) await TrySendAsync(emu, "POST", Workflows, "{}");
            await TrySendAsync(emu, "GET", SyncTasks);
        }
        return (await emu.RequestLogAsync()).Where(e => (string?)e!["method"] == "GET").Select(e => Faulted(e!) ?? "none").ToArray();
    }

    private static async Task StartChaosAsync(TestEmulator emu, object settings) =>
        Assert.Equal(HttpStatusCode.Created, (await emu.Admin.PostAsJsonAsync("_emulator/chaos", settings)).StatusCode);

    /// <summary>
    /// The status the client saw, 0 for a dropped connection. Each request has a connection of its
    /// own, so HttpClient never resends one on a fresh connection behind the test's back.
    /// </summary>
    private static async Task<int> TrySendAsync(TestEmulator emu, string method, string path, string? body = null, SignedClient? client = null)
    {
        client ??= emu.Client;
        using var request = client.Build(method, path, body: body is null ? null : Encoding.UTF8.GetBytes(body));
        request.Headers.ConnectionClose = true;
        try
        {
            using var response = await client.Http.SendAsync(request);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static string? Faulted(JsonNode entry) => (string?)entry["faulted"];
    private static int? ProcessedStatus(JsonNode entry) => (int?)entry["processedStatus"];
    private static int Status(JsonNode entry) => (int)entry["status"]!;
}
