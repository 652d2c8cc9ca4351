using System.Net;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class OmsTests
{
    internal const string SyncTasks = "/v2/" + TestEmulator.Project + "/sync-tasks";
    internal const string StoppedTask = "f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private const string SynchronizingTask = "0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e";
    private const string UrlListTask = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";
    internal const string Keys = "{\"src_ak\":\"SRCAKVALUE123\",\"src_sk\":\"src-secret-value-xyz\",\"dst_ak\":\"DSTAKVALUE456\",\"dst_sk\":\"dst-secret-value-abc\"}";

    [Fact]
    public async Task Start_and_stop_move_the_task_between_states()
    {
        await using var emu = await TestEmulator.StartAsync();
        var start = await emu.Client.SendAsync("POST", SyncTasks + "/" + StoppedTask + "/start", body: Keys);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Empty(await start.Content.ReadAsByteArrayAsync());

        var shown = await (await emu.Client.SendAsync("GET", SyncTasks + "/" + StoppedTask)).ReadObjectAsync();
        Assert.Equal("SYNCHRONIZING", (string?)shown["status"]);
        Assert.Equal(emu.Server.Clock.NowMilliseconds, (long)shown["last_start_time"]!);
        var before = (long)shown["monthly_success_object"]!;
        emu.Advance(10);
        var later = await (await emu.Client.SendAsync("GET", SyncTasks + "/" + StoppedTask)).ReadObjectAsync();
        Assert.True((long)later["monthly_success_object"]! > before);
        foreach (var field in new[] { "monthly_acceptance_request", "monthly_failure_object", "monthly_skip_object", "monthly_size" })
            Assert.True(later.ContainsKey(field), field);

        await (await emu.Client.SendAsync("POST", SyncTasks + "/" + StoppedTask + "/start", body: Keys)).AssertErrorAsync(400, "error_code", "OMS.1101");
        Assert.Equal(HttpStatusCode.OK, (await emu.Client.SendAsync("POST", SyncTasks + "/" + StoppedTask + "/stop")).StatusCode);
        var stopped = await (await emu.Client.SendAsync("GET", SyncTasks + "/" + StoppedTask)).ReadObjectAsync();
        Assert.Equal("STOPPED", (string?)stopped["status"]);
    }

    [Theory]
    [InlineData("{\"src_ak\":\"a\",\"src_sk\":\"b\",\"dst_ak\":\"c\"}", "dst_sk")]
    [InlineData("{\"dst_ak\":\"c\",\"dst_sk\":\"d\"}", "src_ak")]
    [InlineData("{\"src_ak\":\"\",\"src_sk\":\"b\",\"dst_ak\":\"c\",\"dst_sk\":\"d\"}", "src_ak")]
    [InlineData("{\"src_ak\":\"a\",\"src_sk\":\"b\",\"dst_ak\":\"c\",\"dst_sk\":\"d\",\"source_cdn_authentication_key\":7}", "source_cdn_authentication_key")]
    public async Task Invalid_keys_are_400_naming_the_field_not_the_value(string body, string field)
    {
        await using var emu = await TestEmulator.StartAsync();
        var error = await (await emu.Client.SendAsync("POST", SyncTasks + "/" + StoppedTask + "/start", body: body))
            .AssertErrorAsync(400, "error_code", "OMS.0002");
        Assert.Contains(field, (string?)error["error_msg"]);
    }

    [Fact]
    public async Task Keys_longer_than_100_are_400_and_url_list_tasks_need_no_source_keys()
    {
        await using var emu = await TestEmulator.StartAsync();
        var tooLong = "{\"src_ak\":\"a\",\"src_sk\":\"b\",\"dst_ak\":\"" + new string('k', 101) + "\",\"dst_sk\":\"d\"}";
        await (await emu.Client.SendAsync("POST", SyncTasks + "/" + StoppedTask + "/start", body: tooLong)).AssertErrorAsync(400, "error_code", "OMS.0002");

        var urlList = await emu.Client.SendAsync("POST", SyncTasks + "/" + UrlListTask + "/start", body: "{\"dst_ak\":\"c\",\"dst_sk\":\"d\"}");
        Assert.Equal(HttpStatusCode.OK, urlList.StatusCode);
    }

    [Fact]
    public async Task List_filters_by_status_and_validates_limit()
    {
        await using var emu = await TestEmulator.StartAsync();
        var all = await emu.Client.SendAsync("GET", SyncTasks, "limit=100&offset=0");
        Assert.Equal("application/json;charset=UTF-8", all.Content.Headers.NonValidated["Content-Type"].ToString());
        var body = await all.ReadObjectAsync();
        Assert.Equal(3, (int)body["count"]!);
        var task = body["tasks"]![0]!.AsObject();
        foreach (var field in new[] { "sync_task_id", "src_cloud_type", "src_region", "src_bucket", "dst_bucket", "dst_region", "status", "create_time", "last_start_time" })
            Assert.True(task.ContainsKey(field), field);

        var synchronizing = await (await emu.Client.SendAsync("GET", SyncTasks, "status=SYNCHRONIZING")).ReadObjectAsync();
        Assert.Equal(SynchronizingTask, (string?)Assert.Single(synchronizing["tasks"]!.AsArray())!["sync_task_id"]);

        await (await emu.Client.SendAsync("GET", SyncTasks, "limit=101")).AssertErrorAsync(400, "error_code", "OMS.0002");
        await (await emu.Client.SendAsync("GET", SyncTasks, "status=RUNNING")).AssertErrorAsync(400, "error_code", "OMS.0002");
    }

    [Fact]
    public async Task Unknown_task_is_404_and_stopping_a_stopped_task_is_400()
    {
        await using var emu = await TestEmulator.StartAsync();
        await (await emu.Client.SendAsync("POST", SyncTasks + "/nope/start", body: Keys)).AssertErrorAsync(404, "error_code", "OMS.1103");
        await (await emu.Client.SendAsync("GET", SyncTasks + "/nope")).AssertErrorAsync(404, "error_code", "OMS.1103");
        await (await emu.Client.SendAsync("POST", SyncTasks + "/" + StoppedTask + "/stop")).AssertErrorAsync(400, "error_code", "OMS.1102");
    }
}
