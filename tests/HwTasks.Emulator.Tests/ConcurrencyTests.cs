using System.Net;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task A_thousand_concurrent_mutations_leave_consistent_state_and_a_complete_log()
    {
        await using var emu = await TestEmulator.StartAsync();
        const string trigger = "/v1/" + TestEmulator.Project + "/cms/workflow/wf-cron-nightly-cleanup/trigger/action";
        const string task = OmsTests.SyncTasks + "/" + OmsTests.StoppedTask;

        var calls = Enumerable.Range(0, 1000).Select(i => (i % 4) switch
        {
            0 => ("aom", emu.Client.SendAsync("PUT", trigger, "action=enable")),
            1 => ("aom", emu.Client.SendAsync("PUT", trigger, "action=disable")),
            2 => ("start", emu.Client.SendAsync("POST", task + "/start", body: OmsTests.Keys)),
            _ => ("stop", emu.Client.SendAsync("POST", task + "/stop")),
        }).ToList();
        await Task.WhenAll(calls.Select(c => c.Item2));
        var log = emu.Server.RequestLog.Snapshot();

        var results = calls.Select(c => (Kind: c.Item1, Status: c.Item2.Result.StatusCode)).ToList();
        Assert.All(results.Where(r => r.Kind == "aom"), r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(results.Where(r => r.Kind != "aom"), r => Assert.Contains(r.Status, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest }));

        // The task started STOPPED; each successful start must be matched by a stop, bar the last.
        var starts = results.Count(r => r.Kind == "start" && r.Status == HttpStatusCode.OK);
        var stops = results.Count(r => r.Kind == "stop" && r.Status == HttpStatusCode.OK);
        var final = (string?)(await (await emu.Client.SendAsync("GET", task)).ReadObjectAsync())["status"];
        Assert.Equal(final == "SYNCHRONIZING" ? 1 : 0, starts - stops);
        Assert.Contains(await AomTests.TriggerStatusAsync(emu.Client, "wf-cron-nightly-cleanup"), new[] { "enable", "disable" });

        Assert.Equal(1000, log.Count);
        Assert.Equal(1000, log.Select(e => e.Sequence).Distinct().Count());
        Assert.Equal(1000, log.Select(e => e.RequestId).Distinct().Count());
    }
}
