using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class FaultTests
{
    private const string SyncTasks = OmsTests.SyncTasks;

    [Theory]
    [InlineData(429, "APIGW.0308")]
    [InlineData(500, "APIGW.0103")]
    [InlineData(503, "APIGW.0203")]
    [InlineData(504, "APIGW.0202")]
    public async Task Status_faults_answer_gateway_errors(int status, string code)
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.AddFaultAsync(new { method = "GET", path = "/v2/*/sync-tasks", kind = "status", status, retryAfterSeconds = status == 429 ? 7 : (int?)null });
        var response = await emu.Client.SendAsync("GET", SyncTasks);
        await response.AssertErrorAsync(status, "error_code", code);
        if (status == 429) Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter!.Delta);

        // count defaults to 1: the next request is served normally.
        Assert.Equal(HttpStatusCode.OK, (await emu.Client.SendAsync("GET", SyncTasks)).StatusCode);
    }

    [Fact]
    public async Task Bad_gateway_is_an_html_page()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.AddFaultAsync(new { path = "/**", kind = "status", status = 502 });
        var response = await emu.Client.SendAsync("GET", SyncTasks);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("502 Bad Gateway", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Latency_delays_then_answers_normally()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.AddFaultAsync(new { path = "/v2/**", kind = "latency", latencyMs = 300 });
        var watch = Stopwatch.StartNew();
        var response = await emu.Client.SendAsync("GET", SyncTasks);
        Assert.True(watch.ElapsedMilliseconds >= 280, $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await response.ReadObjectAsync();
    }

    [Fact]
    public async Task Truncated_non_json_and_empty_bodies()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.AddFaultAsync(new { path = "/v2/*/sync-tasks", kind = "truncated" });
        var truncated = await emu.Client.SendAsync("GET", SyncTasks);
        Assert.Equal(HttpStatusCode.OK, truncated.StatusCode);
        var text = await truncated.Content.ReadAsStringAsync();
        Assert.StartsWith("{", text);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));

        await emu.AddFaultAsync(new { path = "/v2/*/sync-tasks", kind = "non-json" });
        var html = await emu.Client.SendAsync("GET", SyncTasks);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(html.Content.ReadAsStringAsync().Result));

        await emu.AddFaultAsync(new { path = "/v2/*/sync-tasks", kind = "empty" });
        var empty = await emu.Client.SendAsync("GET", SyncTasks);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Empty(await empty.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Drop_aborts_the_connection_and_is_logged()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.AddFaultAsync(new { method = "GET", path = "/v2/**", kind = "drop" });
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => emu.Client.SendAsync("GET", SyncTasks));
        var entry = Assert.Single(await emu.RequestLogAsync())!;
        Assert.Equal("drop", (string?)entry["faulted"]);
    }

    [Fact]
    public async Task Oversize_streams_exactly_the_requested_bytes()
    {
        await using var emu = await TestEmulator.StartAsync();
        const long size = 60L * 1024 * 1024;
        await emu.AddFaultAsync(new { path = "/v2/*/sync-tasks", kind = "oversize", sizeBytes = size });
        using var response = await emu.Client.Http.SendAsync(emu.Client.Build("GET", SyncTasks), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(size, response.Content.Headers.ContentLength);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0) total += read;
        Assert.Equal(size, total);
    }

    [Fact]
    public async Task After_processing_the_state_changes_but_the_client_sees_the_fault()
    {
        await using var emu = await TestEmulator.StartAsync();
        const string start = SyncTasks + "/" + OmsTests.StoppedTask + "/start";
        await emu.AddFaultAsync(new { method = "POST", path = "/v2/*/sync-tasks/*/start", kind = "status", status = 500, afterProcessing = true });
        await (await emu.Client.SendAsync("POST", start, body: OmsTests.Keys)).AssertErrorAsync(500, "error_code", "APIGW.0103");
        var shown = await (await emu.Client.SendAsync("GET", SyncTasks + "/" + OmsTests.StoppedTask)).ReadObjectAsync();
        Assert.Equal("SYNCHRONIZING", (string?)shown["status"]);

        // Dropped after acting: the retry would now be a 400 "already synchronizing".
        await emu.AddFaultAsync(new { method = "POST", path = "/v2/**/stop", kind = "drop", afterProcessing = true });
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => emu.Client.SendAsync("POST", SyncTasks + "/" + OmsTests.StoppedTask + "/stop"));
        shown = await (await emu.Client.SendAsync("GET", SyncTasks + "/" + OmsTests.StoppedTask)).ReadObjectAsync();
        Assert.Equal("STOPPED", (string?)shown["status"]);
    }

    [Fact]
    public async Task Faults_apply_to_the_next_n_matching_requests_and_can_be_listed_and_cleared()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.AddFaultAsync(new { method = "GET", path = "/v2/**", kind = "status", status = 503, count = 2 });
        await emu.AddFaultAsync(new { method = "DELETE", path = "/v2/**", kind = "status", status = 500, count = 5 });
        var listed = JsonNode.Parse(await emu.Admin.GetStringAsync("_emulator/faults"))!.AsArray();
        Assert.Equal(2, listed.Count);

        Assert.Equal(HttpStatusCode.OK, (await emu.Client.SendAsync("POST", "/v1/" + TestEmulator.Project + "/cms/workflow-list", body: "{}")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await emu.Client.SendAsync("GET", SyncTasks)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await emu.Client.SendAsync("GET", SyncTasks)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await emu.Client.SendAsync("GET", SyncTasks)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await emu.Admin.DeleteAsync("_emulator/faults")).StatusCode);
        Assert.Empty(JsonNode.Parse(await emu.Admin.GetStringAsync("_emulator/faults"))!.AsArray());
    }

    [Fact]
    public async Task Invalid_fault_is_rejected()
    {
        await using var emu = await TestEmulator.StartAsync();
        var response = await emu.Admin.PostAsync("_emulator/faults", new StringContent("{\"path\":\"/v2/**\",\"kind\":\"explode\"}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
