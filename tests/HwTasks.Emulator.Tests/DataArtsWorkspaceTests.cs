using System.Net;
using System.Text.Json;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

/// <summary>DataArts Studio ListDataArtsStudioInstances and ListManagerWorkSpaces: instances as ApigCommodityOrder records, their workspaces as Workspacebody ones.</summary>
public sealed class DataArtsWorkspaceTests
{
    private const string Instances = "/v1/" + TestEmulator.Project + "/instances";
    private const string Workspaces = "/v1/" + TestEmulator.Project + "/workspaces/";

    [Fact]
    public async Task The_default_instance_and_its_default_workspace_are_listed()
    {
        await using var emu = await TestEmulator.StartAsync();

        var instances = await (await emu.Client.SendAsync("GET", Instances)).ReadObjectAsync();
        var workspaces = await (await emu.Client.SendAsync("GET", Workspaces + EmulatorDefaults.DataArtsInstanceId)).ReadObjectAsync();

        Assert.Equal(1, (int)instances["count"]!);
        Assert.False((bool)instances["billing_check"]!);
        var instance = Assert.Single(instances["commodity_orders"]!.AsArray())!;
        Assert.Equal(EmulatorDefaults.DataArtsInstanceId, (string?)instance["resource_id"]);
        Assert.Equal("dataarts-demo", (string?)instance["resource_name"]);
        Assert.Equal("hws.resource.type.dayu", (string?)instance["resource_type"]);
        Assert.Equal(TestEmulator.Project, (string?)instance["project_id"]);
        Assert.Equal(JsonValueKind.Number, instance["status"].Kind());
        Assert.Equal(2, (int)instance["status"]!);
        Assert.Equal(1, (int)workspaces["count"]!);
        Assert.Equal(1, (int)workspaces["total_page"]!);
        var workspace = Assert.Single(workspaces["data"]!.AsArray())!;
        Assert.Equal(EmulatorDefaults.DataArtsWorkspaceId, (string?)workspace["id"]);
        Assert.Equal("default", (string?)workspace["name"]);
        Assert.Equal(EmulatorDefaults.DataArtsInstanceId, (string?)workspace["instance_id"]);
        Assert.Equal(1, (int)workspace["is_default"]!);
        Assert.Equal(JsonValueKind.Number, workspace["create_time"].Kind());
        Assert.Equal((emu.Server.Clock.UtcNow - TimeSpan.FromHours(2000)).ToUnixTimeMilliseconds(), (long)workspace["create_time"]!);
    }

    [Fact]
    public async Task Workspaces_belong_to_their_instance_or_to_the_first_one_and_page_by_limit()
    {
        var seed = SeedLoader.Parse("""
            {"dataArts":{
              "instances":[{"id":"i-main","name":"dataarts-main"},{"id":"i-lab","name":"dataarts-lab","status":4}],
              "workspaces":[{"id":"w1","name":"sales"},{"id":"w2","name":"finance","instanceId":"i-main"},{"id":"w3","name":"sandbox","instanceId":"i-lab"}]}}
            """);
        await using var emu = await TestEmulator.StartAsync(seed);

        var instances = await (await emu.Client.SendAsync("GET", Instances, "limit=1&offset=1")).ReadObjectAsync();
        var main = await (await emu.Client.SendAsync("GET", Workspaces + "i-main", "limit=1&offset=1")).ReadObjectAsync();
        var lab = await (await emu.Client.SendAsync("GET", Workspaces + "i-lab")).ReadObjectAsync();

        Assert.Equal(2, (int)instances["count"]!);
        Assert.Equal(new[] { "i-lab" }, instances["commodity_orders"]!.AsArray().Select(i => (string?)i!["resource_id"]));
        Assert.Equal(4, (int)instances["commodity_orders"]![0]!["status"]!);
        Assert.Equal(new[] { "w2" }, main["data"]!.AsArray().Select(w => (string?)w!["id"]));
        Assert.Equal(2, (int)main["count"]!);
        Assert.Equal(2, (int)main["total_page"]!);
        Assert.Equal(new[] { "sandbox" }, lab["data"]!.AsArray().Select(w => (string?)w!["name"]));
    }

    [Fact]
    public async Task An_unknown_instance_is_404_and_bad_paging_is_400()
    {
        await using var emu = await TestEmulator.StartAsync();

        await (await emu.Client.SendAsync("GET", Workspaces + "no-such-instance")).AssertErrorAsync(404, "error_code", "DLG.0404");
        await (await emu.Client.SendAsync("GET", Instances, "limit=0")).AssertErrorAsync(400, "error_code", "DLG.0001");
        await (await emu.Client.SendAsync("GET", Workspaces + EmulatorDefaults.DataArtsInstanceId, "offset=-1")).AssertErrorAsync(400, "error_code", "DLG.0001");
    }

    [Fact]
    public async Task The_metadata_tasks_of_a_workspace_are_unchanged_by_its_new_fields()
    {
        await using var emu = await TestEmulator.StartAsync();

        var search = await emu.Client.SendAsync("POST", "/v3/" + TestEmulator.Project + "/metadata/tasks/search", body: "{\"limit\":100}",
            headers: new Dictionary<string, string> { ["workspace"] = EmulatorDefaults.DataArtsWorkspaceId });

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(4, (int)(await search.ReadObjectAsync())["total_records"]!);
    }
}
