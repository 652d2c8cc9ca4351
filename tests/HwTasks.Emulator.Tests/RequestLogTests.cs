using System.Security.Cryptography;
using System.Text;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Oms_start_secrets_are_redacted_but_the_hash_matches_the_sent_bytes()
    {
        await using var emu = await TestEmulator.StartAsync();
        var body = Encoding.UTF8.GetBytes(OmsTests.Keys);
        await emu.Client.SendBytesAsync("POST", OmsTests.SyncTasks + "/" + OmsTests.StoppedTask + "/start", null, body);

        var raw = await emu.Admin.GetStringAsync("_emulator/requests");
        foreach (var secret in new[] { "src-secret-value-xyz", "dst-secret-value-abc", "SRCAKVALUE123", "DSTAKVALUE456", EmulatorDefaults.SecretKey })
            Assert.DoesNotContain(secret, raw);

        var entry = Assert.Single(await emu.RequestLogAsync())!;
        Assert.Equal("{\"src_ak\":\"REDACTED\",\"src_sk\":\"REDACTED\",\"dst_ak\":\"REDACTED\",\"dst_sk\":\"REDACTED\"}", (string?)entry["body"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), (string?)entry["bodySha256"]);
        Assert.Equal(body.Length, (long)entry["bodyLength"]!);
        Assert.Equal("REDACTED", (string?)entry["headers"]!["Authorization"]);
        Assert.Equal(200, (int)entry["status"]!);
        Assert.Equal("POST", (string?)entry["method"]);
        Assert.Matches("^[0-9a-f]{32}$", (string?)entry["requestId"]);
        Assert.Null(entry["faulted"]);
        Assert.Equal(1, (long)entry["sequence"]!);
        Assert.NotNull(entry["time"]);
    }

    [Fact]
    public async Task Iam_password_and_tokens_never_reach_the_log()
    {
        await using var emu = await TestEmulator.StartAsync();
        var token = await IamTests.LoginAsync(emu);
        emu.Client.AuthToken = token;
        await emu.Client.SendAsync("GET", "/v2/" + TestEmulator.Project + "/sync-tasks", "limit=1");
        emu.Client.AuthToken = null;
        emu.Client.SecurityToken = null;
        using var temporary = emu.NewClient(EmulatorDefaults.TemporaryAccessKey, EmulatorDefaults.TemporarySecretKey, EmulatorDefaults.SecurityToken);
        await temporary.SendAsync("GET", "/v2/" + TestEmulator.Project + "/sync-tasks");

        var raw = await emu.Admin.GetStringAsync("_emulator/requests");
        Assert.DoesNotContain(EmulatorDefaults.Password, raw);
        Assert.DoesNotContain(token, raw);
        Assert.DoesNotContain(EmulatorDefaults.SecurityToken, raw);
        var log = await emu.RequestLogAsync();
        Assert.Equal(3, log.Count);
        Assert.Contains("\"password\":\"REDACTED\"", (string?)log[0]!["body"]);
        Assert.Equal("REDACTED", (string?)log[1]!["headers"]!["X-Auth-Token"]);
        Assert.Equal("limit=1", (string?)log[1]!["query"]);
        Assert.Equal("REDACTED", (string?)log[2]!["headers"]!["X-Security-Token"]);
    }

    [Fact]
    public async Task Any_other_body_loses_its_secret_named_fields_but_is_otherwise_logged_as_sent()
    {
        await using var emu = await TestEmulator.StartAsync();
        var plain = "{\"search\":\"a+b 数据\",\"size\":5}";
        var withSecret = "{\"search\":\"x\",\"apiKey\":\"LEAKED-API-KEY\",\"nested\":{\"password\":\"LEAKED-PW\"}}";
        await emu.Client.SendAsync("POST", "/v1/" + TestEmulator.Project + "/cms/workflow-list", body: plain);
        await emu.Client.SendAsync("POST", "/v1/" + TestEmulator.Project + "/cms/workflow-list", body: withSecret);

        var log = await emu.RequestLogAsync();
        Assert.Equal(plain, (string?)log[0]!["body"]);
        Assert.Equal("{\"search\":\"x\",\"apiKey\":\"REDACTED\",\"nested\":{\"password\":\"REDACTED\"}}", (string?)log[1]!["body"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(withSecret))), (string?)log[1]!["bodySha256"]);
    }

    [Fact]
    public async Task Rejected_requests_are_logged_and_the_log_can_be_cleared()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Admin.GetAsync("v2/" + TestEmulator.Project + "/sync-tasks");
        await emu.Admin.GetAsync("_emulator/clock");
        var entry = Assert.Single(await emu.RequestLogAsync())!;
        Assert.Equal(401, (int)entry["status"]!);

        await emu.Admin.DeleteAsync("_emulator/requests");
        Assert.Empty(await emu.RequestLogAsync());
    }

    [Fact]
    public async Task Each_entry_names_the_service_whose_route_the_request_matched()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Client.SendAsync("GET", OmsTests.SyncTasks);
        await emu.Client.SendAsync("POST", "/v1/" + TestEmulator.Project + "/cms/workflow-list", body: "{}");
        await emu.Client.SendAsync("POST", "/v3/" + TestEmulator.Project + "/metadata/tasks/search", body: "{}");
        await emu.Client.SendAsync("GET", "/v3/projects", "name=cn-north-4");
        await emu.Client.SendAsync("GET", "/v9/nothing-here");

        var services = (await emu.RequestLogAsync()).Select(e => (string?)e!["service"]).ToList();

        Assert.Equal(new[] { "oms", "aom", "dataArts", "iam", null }, services);
    }
}
