using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Tests.Infrastructure;
using static HwTasks.Emulator.Tests.Fidelity.KafkaSdkModels;

namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>Every Kafka background task answer the module reads, and the instance list, held to the SDK's models.</summary>
public sealed class KafkaSdkFidelityTests
{
    private const string Instances = "/v2/" + TestEmulator.Project + "/instances";
    private const string Tasks = "/v2/" + TestEmulator.Project + "/instances/" + EmulatorDefaults.KafkaInstanceId + "/tasks";

    [Fact]
    public async Task ListBackgroundTasks_and_ShowBackgroundTask_answer_their_responses()
    {
        await using var emu = await TestEmulator.StartAsync();

        var list = await (await emu.Client.SendAsync("GET", Tasks, "start=0&limit=100")).ReadObjectAsync();
        var id = (string)list["tasks"]![0]!["id"]!;

        SdkShape.AssertConforms(list, ListBackgroundTasksResponse);
        SdkShape.AssertConforms(await (await emu.Client.SendAsync("GET", Tasks + "/" + id)).ReadObjectAsync(), ShowBackgroundTaskResponse);
    }

    [Fact]
    public async Task DeleteBackgroundTask_answers_no_body_as_DeleteBackgroundTaskResponse_has_no_field()
    {
        await using var emu = await TestEmulator.StartAsync();

        var deleted = await emu.Client.SendAsync("DELETE", Tasks + "/8abfa7b372160bfd017216560af83e6e");

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Empty(await deleted.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ListInstances_answers_ListInstancesResponse_for_instances_in_each_status_on_every_page_and_for_another_engine()
    {
        await using var emu = await TestEmulator.StartAsync();
        var seeded = SeedLoader.Parse("""
            {"kafka":{"instances":[
              {"id":"old","name":"kafka-old","createdHoursAgo":300},
              {"id":"new","name":"kafka-new","status":"CREATING","createdHoursAgo":1},
              {"id":"mid","name":"kafka-mid","status":"RESTARTING","createdHoursAgo":100}]}}
            """);
        await using var varied = await TestEmulator.StartAsync(seeded);

        SdkShape.AssertConforms(await (await emu.Client.SendAsync("GET", Instances, "engine=kafka")).ReadObjectAsync(), ListInstancesResponse);
        foreach (var query in new[] { "engine=kafka&offset=0&limit=2", "engine=kafka&offset=2&limit=2", "engine=rabbitmq", "" })
            SdkShape.AssertConforms(await (await varied.Client.SendAsync("GET", Instances, query.Length == 0 ? null : query)).ReadObjectAsync(),
                ListInstancesResponse);
    }
}
