using System.Net;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class IamTests
{
    internal static string PasswordBody(string password = EmulatorDefaults.Password, string region = "cn-north-4") =>
        "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"domain\":{\"name\":\"hwtasks-demo\"},\"name\":\"ops-admin\",\"password\":\""
        + password + "\"}}},\"scope\":{\"project\":{\"name\":\"" + region + "\"}}}}";

    internal static async Task<string> LoginAsync(TestEmulator emu, string region = "cn-north-4")
    {
        var content = new StringContent(PasswordBody(region: region), System.Text.Encoding.UTF8, "application/json");
        var response = await emu.Admin.PostAsync("v3/auth/tokens", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.GetValues("X-Subject-Token").Single();
    }

    [Fact]
    public async Task Projects_by_region_returns_the_callers_project_without_a_project_header()
    {
        await using var emu = await TestEmulator.StartAsync();
        using var client = emu.NewClient(projectId: null);
        var response = await client.SendAsync("GET", "/v3/projects", "name=cn-east-3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadObjectAsync();
        var project = Assert.Single(body["projects"]!.AsArray())!;
        Assert.Equal(EmulatorDefaults.ProjectCnEast3, (string?)project["id"]);
        Assert.Equal("cn-east-3", (string?)project["name"]);
        Assert.Equal(EmulatorDefaults.DomainId, (string?)project["domain_id"]);
        Assert.True((bool)project["enabled"]!);
        Assert.NotNull(body["links"]);

        var none = await (await client.SendAsync("GET", "/v3/projects", "name=eu-west-101")).ReadObjectAsync();
        Assert.Empty(none["projects"]!.AsArray());
    }

    [Fact]
    public async Task Password_login_issues_a_24_hour_token_usable_for_its_project_only()
    {
        await using var emu = await TestEmulator.StartAsync();
        var content = new StringContent(PasswordBody(), System.Text.Encoding.UTF8, "application/json");
        var response = await emu.Admin.PostAsync("v3/auth/tokens", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var token = response.Headers.GetValues("X-Subject-Token").Single();
        var body = (await response.ReadObjectAsync())["token"]!;
        Assert.Equal("password", (string?)body["methods"]![0]);
        Assert.Equal(TestEmulator.Project, (string?)body["project"]!["id"]);
        Assert.Equal("cn-north-4", (string?)body["project"]!["name"]);
        Assert.Equal("ops-admin", (string?)body["user"]!["name"]);
        Assert.Equal("hwtasks-demo", (string?)body["user"]!["domain"]!["name"]);
        var issued = DateTimeOffset.Parse((string)body["issued_at"]!);
        var expires = DateTimeOffset.Parse((string)body["expires_at"]!);
        Assert.Equal(TimeSpan.FromHours(24), expires - issued);

        emu.Client.AuthToken = token;
        Assert.Equal(HttpStatusCode.OK, (await emu.Client.SendAsync("GET", "/v2/" + TestEmulator.Project + "/sync-tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await emu.Client.SendAsync("GET", "/v3/projects", "name=cn-north-4")).StatusCode);

        emu.Client.ProjectId = EmulatorDefaults.ProjectCnEast3;
        await (await emu.Client.SendAsync("GET", "/v2/" + EmulatorDefaults.ProjectCnEast3 + "/sync-tasks"))
            .AssertErrorAsync(403, "error_code", "APIGW.0302");

        emu.Client.ProjectId = TestEmulator.Project;
        emu.Advance(TimeSpan.FromHours(24).TotalSeconds + 1);
        var expired = await (await emu.Client.SendAsync("GET", "/v2/" + TestEmulator.Project + "/sync-tasks"))
            .AssertErrorAsync(401, "error_code", "APIGW.0307");
        Assert.Contains("expired", (string?)expired["error_msg"]);
    }

    [Fact]
    public async Task Unknown_token_is_401()
    {
        await using var emu = await TestEmulator.StartAsync();
        emu.Client.AuthToken = "MIInot-a-real-token";
        await (await emu.Client.SendAsync("GET", "/v2/" + TestEmulator.Project + "/sync-tasks")).AssertErrorAsync(401, "error_code", "APIGW.0307");
    }

    [Fact]
    public async Task Wrong_password_is_401_with_the_iam_body()
    {
        await using var emu = await TestEmulator.StartAsync();
        var content = new StringContent(PasswordBody("wrong"), System.Text.Encoding.UTF8, "application/json");
        var response = await emu.Admin.PostAsync("v3/auth/tokens", content);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("{\"error\":{\"code\":401,\"message\":\"The username or password is wrong.\",\"title\":\"Unauthorized\"}}",
            await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("X-Subject-Token"));
    }
}
