using HwTasks.Emulator.Tests.Infrastructure;
using static HwTasks.Emulator.Tests.Fidelity.OmsSdkModels;

namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>Every OMS answer the module reads, stopped and synchronizing, held to the SDK's models.</summary>
public sealed class OmsSdkFidelityTests
{
    private const string SyncTasks = OmsTests.SyncTasks;
    private const string UrlListTask = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";

    [Fact]
    public async Task ListSyncTasks_answers_ListSyncTasksResponse()
    {
        await using var emu = await TestEmulator.StartAsync();

        var list = await (await emu.Client.SendAsync("GET", SyncTasks, "limit=100&offset=0")).ReadObjectAsync();

        Assert.Equal(new[] { "STOPPED", "SYNCHRONIZING" }, list["tasks"]!.AsArray().Select(t => (string)t!["status"]!).Distinct().Order());
        SdkShape.AssertConforms(list, ListSyncTasksResponse);
    }

    [Fact]
    public async Task ShowSyncTask_answers_ShowSyncTaskResponse_stopped_synchronizing_and_for_a_url_list_task()
    {
        await using var emu = await TestEmulator.StartAsync();
        SdkShape.AssertConforms(await (await emu.Client.SendAsync("GET", SyncTasks + "/" + OmsTests.StoppedTask)).ReadObjectAsync(), ShowSyncTaskResponse);

        Assert.Empty(await (await emu.Client.SendAsync("POST", SyncTasks + "/" + OmsTests.StoppedTask + "/start", body: OmsTests.Keys)).Content.ReadAsByteArrayAsync());
        emu.Advance(10);
        SdkShape.AssertConforms(await (await emu.Client.SendAsync("GET", SyncTasks + "/" + OmsTests.StoppedTask)).ReadObjectAsync(), ShowSyncTaskResponse);
        Assert.Empty(await (await emu.Client.SendAsync("POST", SyncTasks + "/" + OmsTests.StoppedTask + "/stop")).Content.ReadAsByteArrayAsync());
        SdkShape.AssertConforms(await (await emu.Client.SendAsync("GET", SyncTasks + "/" + UrlListTask)).ReadObjectAsync(), ShowSyncTaskResponse);
    }
}
