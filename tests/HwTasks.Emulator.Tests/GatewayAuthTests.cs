using System.Net;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class GatewayAuthTests
{
    private const string SyncTasks = "/v2/" + TestEmulator.Project + "/sync-tasks";

    [Fact]
    public async Task Signed_request_is_accepted_and_carries_request_id_and_date()
    {
        await using var emu = await TestEmulator.StartAsync();
        var first = await emu.Client.SendAsync("GET", SyncTasks, "limit=5&offset=0");
        var second = await emu.Client.SendAsync("GET", SyncTasks);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", first.RequestId());
        Assert.NotEqual(first.RequestId(), second.RequestId());
        Assert.NotNull(first.Headers.Date);
    }

    [Fact]
    public async Task Missing_authorization_is_401()
    {
        await using var emu = await TestEmulator.StartAsync();
        var response = await emu.Admin.GetAsync(SyncTasks.TrimStart('/'));
        var body = await response.AssertErrorAsync(401, "error_code", "APIGW.0301");
        Assert.Contains("missing", (string?)body["error_msg"]);
        Assert.Equal(response.RequestId(), (string?)body["request_id"]);
    }

    [Fact]
    public async Task Malformed_authorization_is_401()
    {
        await using var emu = await TestEmulator.StartAsync();
        var request = emu.Client.Build("GET", SyncTasks);
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", "SDK-HMAC-SHA256 Access=" + EmulatorDefaults.AccessKey);
        var body = await (await emu.Client.Http.SendAsync(request)).AssertErrorAsync(401, "error_code", "APIGW.0301");
        Assert.Contains("malformed", (string?)body["error_msg"]);
    }

    [Fact]
    public async Task Unknown_access_key_is_401()
    {
        await using var emu = await TestEmulator.StartAsync();
        using var client = emu.NewClient(accessKey: "NOSUCHACCESSKEY00001");
        var body = await (await client.SendAsync("GET", SyncTasks)).AssertErrorAsync(401, "error_code", "APIGW.0301");
        Assert.Contains("access key does not exist", (string?)body["error_msg"]);
    }

    [Fact]
    public async Task Wrong_secret_key_is_401_signature_mismatch()
    {
        await using var emu = await TestEmulator.StartAsync();
        using var client = emu.NewClient(secretKey: "NotTheRightSecretKey0000000000000000000");
        var body = await (await client.SendAsync("GET", SyncTasks)).AssertErrorAsync(401, "error_code", "APIGW.0301");
        Assert.Contains("signature", (string?)body["error_msg"]);
    }

    [Fact]
    public async Task Tampered_body_is_401_signature_mismatch()
    {
        await using var emu = await TestEmulator.StartAsync();
        var request = emu.Client.Build("POST", "/v1/" + TestEmulator.Project + "/cms/workflow-list", body: "{\"size\":5}"u8.ToArray());
        request.Content = new ByteArrayContent("{\"size\":6}"u8.ToArray());
        request.Content.Headers.ContentType = new("application/json");
        var body = await (await emu.Client.Http.SendAsync(request)).AssertErrorAsync(401, "error_code", "APIGW.0301");
        Assert.Contains("signature", (string?)body["error_msg"]);
    }

    [Theory]
    [InlineData(-20)]
    [InlineData(20)]
    public async Task Date_more_than_15_minutes_off_is_401_out_of_range(int minutes)
    {
        await using var emu = await TestEmulator.StartAsync();
        emu.Client.Now = () => DateTimeOffset.UtcNow.AddMinutes(minutes);
        var body = await (await emu.Client.SendAsync("GET", SyncTasks)).AssertErrorAsync(401, "error_code", "APIGW.0301");
        Assert.Contains("out of range", (string?)body["error_msg"]);
    }

    [Fact]
    public async Task Date_within_15_minutes_is_accepted()
    {
        await using var emu = await TestEmulator.StartAsync();
        emu.Client.Now = () => DateTimeOffset.UtcNow.AddMinutes(-14);
        Assert.Equal(HttpStatusCode.OK, (await emu.Client.SendAsync("GET", SyncTasks)).StatusCode);
    }

    [Fact]
    public async Task Temporary_key_requires_its_security_token()
    {
        await using var emu = await TestEmulator.StartAsync();
        using var without = emu.NewClient(EmulatorDefaults.TemporaryAccessKey, EmulatorDefaults.TemporarySecretKey);
        var body = await (await without.SendAsync("GET", SyncTasks)).AssertErrorAsync(401, "error_code", "APIGW.0301");
        Assert.Contains("X-Security-Token", (string?)body["error_msg"]);

        using var wrong = emu.NewClient(EmulatorDefaults.TemporaryAccessKey, EmulatorDefaults.TemporarySecretKey, "another-token");
        await (await wrong.SendAsync("GET", SyncTasks)).AssertErrorAsync(401, "error_code", "APIGW.0301");

        using var with = emu.NewClient(EmulatorDefaults.TemporaryAccessKey, EmulatorDefaults.TemporarySecretKey, EmulatorDefaults.SecurityToken);
        Assert.Equal(HttpStatusCode.OK, (await with.SendAsync("GET", SyncTasks)).StatusCode);
    }

    [Fact]
    public async Task Project_of_another_account_is_403()
    {
        await using var emu = await TestEmulator.StartAsync();
        using var other = emu.NewClient(EmulatorDefaults.OtherAccessKey, EmulatorDefaults.OtherSecretKey, projectId: TestEmulator.Project);
        await (await other.SendAsync("GET", SyncTasks)).AssertErrorAsync(403, "error_code", "APIGW.0302");

        // The other account's own project works.
        other.ProjectId = EmulatorDefaults.OtherProjectCnNorth4;
        var own = await other.SendAsync("GET", "/v2/" + EmulatorDefaults.OtherProjectCnNorth4 + "/sync-tasks");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task Project_header_that_disagrees_with_the_path_is_403()
    {
        await using var emu = await TestEmulator.StartAsync();
        emu.Client.ProjectId = EmulatorDefaults.ProjectCnEast3;
        var body = await (await emu.Client.SendAsync("GET", SyncTasks)).AssertErrorAsync(403, "error_code", "APIGW.0302");
        Assert.Contains("does not match", (string?)body["error_msg"]);
    }

    [Fact]
    public async Task Unknown_route_is_404_json()
    {
        await using var emu = await TestEmulator.StartAsync();
        var response = await emu.Client.SendAsync("GET", "/v2/" + TestEmulator.Project + "/no-such-thing");
        await response.AssertErrorAsync(404, "error_code", "APIGW.0101");
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        await using var emu = await TestEmulator.StartAsync(maxBody: 1024);
        var body = new byte[2048];
        Array.Fill(body, (byte)' ');
        var response = await emu.Client.SendBytesAsync("POST", "/v1/" + TestEmulator.Project + "/cms/workflow-list", null, body);
        await response.AssertErrorAsync(413, "error_code", "APIGW.0201");
    }
}
