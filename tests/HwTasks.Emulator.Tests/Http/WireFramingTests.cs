using System.Text.Json.Nodes;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests.Http;

/// <summary>What the emulator's own HTTP server puts on the wire, below what HttpClient shows.</summary>
public sealed class WireFramingTests
{
    private const string Clock = "GET /_emulator/clock HTTP/1.1\r\nHost: x\r\n";

    [Fact]
    public async Task One_connection_carries_requests_until_the_client_says_close()
    {
        await using var emu = await TestEmulator.StartAsync();
        await using var connection = await RawConnection.OpenAsync(emu.Server.BaseAddress);

        await connection.SendAsync(Clock + "\r\n");
        var first = await connection.ReadResponseAsync();
        await connection.SendAsync(Clock + "Connection: close\r\n\r\n");
        var last = await connection.ReadResponseAsync();

        Assert.Equal("HTTP/1.1 200 OK", first.StatusLine);
        Assert.Equal("chunked", first.Header("Transfer-Encoding"));
        Assert.Null(first.Header("Connection"));
        Assert.Equal("manual", (string?)JsonNode.Parse(last.Body)!["mode"]);
        Assert.Equal("close", last.Header("Connection"));
        Assert.True(await connection.ClosedByServerAsync());
    }

    [Fact]
    public async Task An_http_1_0_answer_ends_with_the_connection()
    {
        await using var emu = await TestEmulator.StartAsync();
        await using var connection = await RawConnection.OpenAsync(emu.Server.BaseAddress);

        await connection.SendAsync("GET /_emulator/clock HTTP/1.0\r\n\r\n");
        var response = await connection.ReadResponseAsync();

        Assert.Equal("close", response.Header("Connection"));
        Assert.Null(response.Header("Transfer-Encoding"));
        Assert.Equal("manual", (string?)JsonNode.Parse(response.Body)!["mode"]);
    }

    [Fact]
    public async Task A_chunked_body_is_read_and_a_held_back_body_gets_100_continue()
    {
        await using var emu = await TestEmulator.StartAsync();
        await using var connection = await RawConnection.OpenAsync(emu.Server.BaseAddress);

        await connection.SendAsync("POST /_emulator/clock/advance HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" +
            "4\r\n{\"se\r\na\r\nconds\": 5}\r\n0\r\n\r\n");
        var chunked = await connection.ReadResponseAsync();
        await connection.SendAsync("POST /_emulator/clock/advance HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 13\r\n\r\n");
        var interim = await connection.ReadResponseAsync();
        await connection.SendAsync("{\"seconds\":7}");
        var advanced = await connection.ReadResponseAsync();

        Assert.Equal(200, chunked.Status);
        Assert.Equal("HTTP/1.1 100 Continue", interim.StatusLine);
        Assert.Equal(200, advanced.Status);
        Assert.Equal(emu.Server.Clock.NowMilliseconds, (long)JsonNode.Parse(advanced.Body)!["epochMs"]!);
    }

    [Theory]
    [InlineData("GET /_emulator/clock HTTP/1.1\r\n\r\n", 400)]
    [InlineData("GET  /_emulator/clock HTTP/1.1\r\nHost: x\r\n\r\n", 400)]
    [InlineData("GET /_emulator/clock HTTP/2.0\r\nHost: x\r\n\r\n", 505)]
    [InlineData("POST /v3/auth/tokens HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400)]
    public async Task An_unreadable_request_gets_its_status_alone_and_the_connection_closes(string request, int status)
    {
        await using var emu = await TestEmulator.StartAsync();
        await using var connection = await RawConnection.OpenAsync(emu.Server.BaseAddress);

        await connection.SendAsync(request);
        var response = await connection.ReadResponseAsync();

        Assert.Equal(status, response.Status);
        Assert.Equal("0", response.Header("Content-Length"));
        Assert.Equal("close", response.Header("Connection"));
        Assert.True(await connection.ClosedByServerAsync());
        Assert.Empty(await emu.RequestLogAsync());
    }

    [Fact]
    public async Task A_wrong_method_is_405_with_allow_and_no_body()
    {
        await using var emu = await TestEmulator.StartAsync();
        await using var connection = await RawConnection.OpenAsync(emu.Server.BaseAddress);

        await connection.SendAsync("PUT /_emulator/requests HTTP/1.1\r\nHost: x\r\n\r\n");
        var response = await connection.ReadResponseAsync();

        Assert.Equal("HTTP/1.1 405 Method Not Allowed", response.StatusLine);
        Assert.Equal("DELETE, GET", response.Header("Allow"));
        Assert.Equal("0", response.Header("Content-Length"));
    }

    [Fact]
    public async Task Answer_headers_come_in_Kestrels_order()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.AddFaultAsync(new { path = "/v2/**", kind = "status", status = 429, retryAfterSeconds = 3 });
        await using var connection = await RawConnection.OpenAsync(emu.Server.BaseAddress);

        await connection.SendAsync("GET /v2/" + TestEmulator.Project + "/sync-tasks HTTP/1.1\r\nHost: x\r\n\r\n");
        var response = await connection.ReadResponseAsync();

        Assert.Equal(new[] { "Content-Type", "Date", "Retry-After", "Transfer-Encoding", "X-Request-Id" }, response.Headers.Select(h => h.Name));
    }

    [Fact]
    public async Task A_client_that_gives_up_during_a_latency_fault_is_logged_when_it_leaves()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.AddFaultAsync(new { path = "/v2/**", kind = "latency", latencyMs = 600_000 });
        await using (var connection = await RawConnection.OpenAsync(emu.Server.BaseAddress))
        {
            await connection.SendAsync("GET /v2/" + TestEmulator.Project + "/sync-tasks HTTP/1.1\r\nHost: x\r\n\r\n");
        }

        // Ten minutes of latency: only noticing the client leave can log the request this side of them.
        JsonArray log;
        while ((log = await emu.RequestLogAsync()).Count == 0) await Task.Delay(50);
        Assert.Equal("latency", (string?)Assert.Single(log)!["faulted"]);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await emu.Client.SendAsync("GET", OmsTests.SyncTasks)).StatusCode);
    }
}
