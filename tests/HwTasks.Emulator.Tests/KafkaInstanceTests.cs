using System.Net;
using System.Text.Json;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

/// <summary>Kafka (DMS) ListInstances: the seeded instances in the SDK's ShowInstanceResp shape, paged by offset and limit.</summary>
public sealed class KafkaInstanceTests
{
    private const string Instances = "/v2/" + TestEmulator.Project + "/instances";

    [Fact]
    public async Task The_default_instance_is_listed_with_its_creation_time_as_text()
    {
        await using var emu = await TestEmulator.StartAsync();

        var response = await emu.Client.SendAsync("GET", Instances, "engine=kafka");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.ReadObjectAsync();
        Assert.Equal(JsonValueKind.Number, body["instance_num"].Kind());
        Assert.Equal(1, (int)body["instance_num"]!);
        var instance = Assert.Single(body["instances"]!.AsArray())!;
        Assert.Equal(EmulatorDefaults.KafkaInstanceId, (string?)instance["instance_id"]);
        Assert.Equal("kafka-demo", (string?)instance["name"]);
        Assert.Equal("kafka", (string?)instance["engine"]);
        Assert.Equal("2.7", (string?)instance["engine_version"]);
        Assert.Equal("RUNNING", (string?)instance["status"]);
        Assert.Equal(JsonValueKind.String, instance["created_at"].Kind());
        Assert.Equal((emu.Server.Clock.UtcNow - TimeSpan.FromHours(2000)).ToUnixTimeMilliseconds().ToString(), (string?)instance["created_at"]);
    }

    [Fact]
    public async Task Instances_are_newest_first_paged_and_counted_and_another_engine_has_none()
    {
        var seed = SeedLoader.Parse("""
            {"kafka":{"instances":[
              {"id":"old","name":"kafka-old","createdHoursAgo":300},
              {"id":"new","name":"kafka-new","status":"CREATING","createdHoursAgo":1},
              {"id":"mid","name":"kafka-mid","status":"RESTARTING","createdHoursAgo":100}]}}
            """);
        await using var emu = await TestEmulator.StartAsync(seed);

        var first = await (await emu.Client.SendAsync("GET", Instances, "engine=kafka&offset=0&limit=2")).ReadObjectAsync();
        var second = await (await emu.Client.SendAsync("GET", Instances, "engine=kafka&offset=2&limit=2")).ReadObjectAsync();
        var rabbit = await (await emu.Client.SendAsync("GET", Instances, "engine=rabbitmq")).ReadObjectAsync();

        Assert.Equal(new[] { "new", "mid" }, first["instances"]!.AsArray().Select(i => (string?)i!["instance_id"]));
        Assert.Equal(new[] { "CREATING", "RESTARTING" }, first["instances"]!.AsArray().Select(i => (string?)i!["status"]));
        Assert.Equal(new[] { "old" }, second["instances"]!.AsArray().Select(i => (string?)i!["instance_id"]));
        Assert.Equal(3, (int)first["instance_num"]!);
        Assert.Equal(3, (int)second["instance_num"]!);
        Assert.Empty(rabbit["instances"]!.AsArray());
        Assert.Equal(0, (int)rabbit["instance_num"]!);
    }

    [Theory]
    [InlineData("limit=51")]
    [InlineData("limit=0")]
    [InlineData("offset=-1")]
    [InlineData("offset=x")]
    public async Task Paging_out_of_range_is_400(string query)
    {
        await using var emu = await TestEmulator.StartAsync();
        await (await emu.Client.SendAsync("GET", Instances, query)).AssertErrorAsync(400, "error_code", "DMS.00400002");
    }

    [Fact]
    public async Task The_instance_list_does_not_shadow_an_instances_tasks()
    {
        await using var emu = await TestEmulator.StartAsync();

        var tasks = await emu.Client.SendAsync("GET", Instances + "/" + EmulatorDefaults.KafkaInstanceId + "/tasks");

        Assert.Equal(HttpStatusCode.OK, tasks.StatusCode);
        Assert.Equal("50", (string?)(await tasks.ReadObjectAsync())["task_count"]);
    }
}
