using System.Diagnostics;
using System.Management.Automation;
using HwTasks.Module.Tests.Hosting;
using HwTasks.Tests.Shared;

namespace HwTasks.Module.Tests.Reliability;

/// <summary>Ctrl+C (PowerShell.Stop → StopProcessing) returns control within a second and leaves no work running.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class CancellationTests : IAsyncLifetime
{
    private readonly EmulatorFixture _fixture;

    public CancellationTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => _fixture.ResetAsync();

    private static readonly string[] ScenarioNames = { "slow request", "Wait-HwTask", "Start-CdmJob -Wait" };

    public static TheoryData<string> Scenarios() => new(ScenarioNames);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Stopping_returns_within_a_second_and_nothing_keeps_running(string scenario)
    {
        var script = await Prepare(scenario);
        using var ps = PowerShell.Create();
        ps.Runspace = _fixture.Session.Runspace;
        ps.AddScript(script);
        var invocation = ps.BeginInvoke();
        await Task.Delay(700);
        Assert.False(invocation.IsCompleted, scenario + " ended before it was stopped");

        var clock = Stopwatch.StartNew();
        ps.Stop();
        clock.Stop();

        Assert.True(invocation.IsCompleted);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), scenario + " took " + clock.Elapsed + " to stop");
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        // Nothing left polling or retrying: once the emulator has logged the aborted request, the log stops growing.
        var before = await SettledRequestCountAsync();
        await Task.Delay(1500);
        Assert.Equal(before, (await _fixture.Emulator.RequestsAsync()).Count);
        // And the session still works.
        Assert.NotEmpty(_fixture.Session.Run("Get-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920").ThrowIfFailed().Output);
    }

    private async Task<int> SettledRequestCountAsync()
    {
        var count = (await _fixture.Emulator.RequestsAsync()).Count;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await Task.Delay(250);
            var next = (await _fixture.Emulator.RequestsAsync()).Count;
            if (next == count) return count;
            count = next;
        }
        return count;
    }

    [Fact]
    public void Published() => ReliabilityTable.Record("Cancellation",
        "Ctrl+C (StopProcessing) during: " + string.Join(", ", ScenarioNames),
        ScenarioNames.Length, "control back within 1 s; no request after the stop; the session still works");

    private async Task<string> Prepare(string scenario)
    {
        const string cluster = "6ec9a0a4-76be-4262-8697-e7af1fac7920";
        switch (scenario)
        {
            case "slow request":
                await _fixture.Emulator.FaultAsync(new { method = "GET", path = "/v1.1/*/clusters/*/cdm/job/*/status", count = 1, kind = "latency", latencyMs = 30000 });
                return "Get-CdmJobStatus -ClusterId " + cluster + " -JobName jdbc2hive -TimeoutSec 60";
            default:
                await _fixture.Emulator.SeedAsync("""
                    { "cdm": { "clusters": [ { "id": "6ec9a0a4-76be-4262-8697-e7af1fac7920", "name": "c", "jobs": [
                      { "name": "long", "bootSeconds": 1, "runSeconds": 600 } ] } ] } }
                    """);
                return scenario == "Wait-HwTask"
                    ? "Start-CdmJob -ClusterId " + cluster + " -JobName long | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 120"
                    : "Start-CdmJob -ClusterId " + cluster + " -JobName long -Wait -PollIntervalSec 0.2 -WaitTimeoutSec 120";
        }
    }
}
