using HwTasks.Emulator.Tests.Infrastructure;
using static HwTasks.Emulator.Tests.Fidelity.KafkaSdkModels;

namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>Every Kafka background task answer the module reads, held to the SDK's models.</summary>
public sealed class KafkaSdkFidelityTests
{
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
}
