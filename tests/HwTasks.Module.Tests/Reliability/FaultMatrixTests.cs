using System.Management.Automation;
using HwTasks.Module.Tests.Hosting;
using HwTasks.Tests.Shared;

namespace HwTasks.Module.Tests.Reliability;

/// <summary>
/// Every kind of call against every fault the emulator injects. Safe calls (a paged GET, the AOM
/// trigger PUT) retry and succeed; a start POST is never sent twice when the server may have acted
/// (the fault fires after the emulator processed it); every failure is a clear ErrorRecord.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class FaultMatrixTests : IAsyncLifetime
{
    private readonly EmulatorFixture _fixture;

    public FaultMatrixTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => _fixture.ResetAsync();

    private sealed record Call(string Command, string Method, string Route, bool Idempotent, bool ReadsBody);

    private static readonly Dictionary<string, Call> Calls = new()
    {
        ["paged GET"] = new("Get-KafkaBackgroundTask -InstanceId a1b2c3d4-0000-1111-2222-333344445555 -First 3", "GET", "/v2/*/instances/*/tasks", true, true),
        ["idempotent PUT"] = new("Set-AomWorkflowTrigger -WorkflowId wf-cron-weekly-report -State Enabled -Confirm:$false", "PUT", "/v1/*/cms/workflow/*/trigger/action", true, true),
        ["start POST"] = new("Start-DataArtsMetadataTask -WorkspaceId 0833a5737480d53b2f25c010dc1a7b88 -TaskId 2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a -Confirm:$false", "POST", "/v3/*/metadata/tasks/*/action", false, false),
    };

    private sealed record Fault(string Kind, int? Status = null, int? RetryAfterSeconds = null, int? LatencyMs = null, long? SizeBytes = null, bool Transient = false);

    private static readonly Dictionary<string, Fault> Faults = new()
    {
        ["429 with Retry-After"] = new("status", Status: 429, RetryAfterSeconds: 1, Transient: true),
        ["500"] = new("status", Status: 500, Transient: true),
        ["502 HTML page"] = new("status", Status: 502, Transient: true),
        ["503"] = new("status", Status: 503, Transient: true),
        ["504"] = new("status", Status: 504, Transient: true),
        ["dropped connection"] = new("drop", Transient: true),
        ["slower than -TimeoutSec"] = new("latency", LatencyMs: 2500, Transient: true),
        ["truncated JSON"] = new("truncated"),
        ["non-JSON 200"] = new("non-json"),
        ["empty body"] = new("empty"),
        ["60 MB body"] = new("oversize", SizeBytes: 60L * 1024 * 1024),
    };

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var call in Calls.Keys)
            foreach (var fault in Faults.Keys) data.Add(call, fault);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_call_meets_a_fault(string callName, string faultName)
    {
        var call = Calls[callName];
        var fault = Faults[faultName];
        // For the start, the fault replaces the answer after the emulator processed it: it may have acted.
        await _fixture.Emulator.FaultAsync(new
        {
            method = call.Method, path = call.Route, count = 1, kind = fault.Kind, status = fault.Status,
            retryAfterSeconds = fault.RetryAfterSeconds, latencyMs = fault.LatencyMs, sizeBytes = fault.SizeBytes,
            afterProcessing = ActsBeforeFailing(call, fault),
        });
        var timeout = fault.Kind == "latency" ? "1" : "20";
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        var run = _fixture.Session.Run(call.Command + " -RetryIntervalSec 0.05 -TimeoutSec " + timeout);

        if (fault.Kind == "oversize") // refused on its Content-Length: nothing near 60 MB is read or kept
            Assert.True(GC.GetTotalMemory(forceFullCollection: true) - memoryBefore < 16 * 1024 * 1024, "memory grew by more than 16 MB");

        var sent = await SentAsync(call, atLeast: 1);
        Assert.Null(run.Terminating);
        if (fault.Transient && (call.Idempotent || fault.Status == 429))
        {
            Assert.Empty(run.Errors);
            Assert.NotEmpty(run.Output);
            Assert.Equal(2, sent);
            return;
        }

        Assert.Equal(1, sent); // never sent twice
        if (!call.ReadsBody && fault.Kind == "empty")
        {
            Assert.Empty(run.Errors); // the start's success has no body: an empty 200 is that success
            return;
        }
        var error = Assert.Single(run.Errors);
        var (errorId, category) = Expected(fault, faultName);
        Assert.StartsWith(errorId + ",", error.FullyQualifiedErrorId);
        Assert.Equal(category, error.CategoryInfo.Category);
        if (fault.Kind is "status" or "truncated" or "non-json" or "empty")
            Assert.Matches(@"\(request id [0-9a-f]{32}\)$", error.Exception.Message);
        if (faultName == "502 HTML page") Assert.Contains("502: the response is an HTML page titled '502 Bad Gateway'", error.Exception.Message);
        if (ActsBeforeFailing(call, fault))
            Assert.True(await StartWasProcessed(), "the emulator should have acted on the start");

        // The host survives and the next call works.
        _fixture.Session.Run("Get-CdmJobStatus -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive").ThrowIfFailed();
    }

    [Fact]
    public async Task The_matrix_is_published()
    {
        var cases = await PublishedCases.RunAllAsync(this, nameof(The_matrix_is_published));
        ReliabilityTable.Record("Fault matrix",
            "a paged GET, the idempotent AOM trigger PUT and a start POST against: " + string.Join(", ", Faults.Keys),
            cases,
            "GET/PUT retried and succeeded on 429, 5xx, drops and timeouts; the start sent exactly once; a body where the start's success has none is an InvalidResponse, not a success; every failure a clear ErrorRecord; host survived");
    }

    /// <summary>
    /// For the start, server errors and drops come after the emulator processed it (the worst case:
    /// it acted, the client cannot know). 429 is the gateway refusing before processing; a slow
    /// answer the client gave up on is cancelled by the emulator too.
    /// </summary>
    private static bool ActsBeforeFailing(Call call, Fault fault) =>
        !call.Idempotent && fault.Transient && fault.Status != 429 && fault.Kind != "latency";

    /// <summary>The request log entry of an aborted response is written when the emulator notices; wait for it.</summary>
    private async Task<int> SentAsync(Call call, int atLeast)
    {
        var count = 0;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            count = (await _fixture.Emulator.RequestsAsync()).Count(r => r.Method == call.Method && Matches(call.Route, r.Path));
            if (count >= atLeast) return count;
            await Task.Delay(100);
        }
        return count;
    }

    private static (string, ErrorCategory) Expected(Fault fault, string name) => fault.Kind switch
    {
        "drop" => ("ConnectionFailed", ErrorCategory.ConnectionError),
        "latency" => ("Timeout", ErrorCategory.OperationTimeout),
        "oversize" => ("ResponseTooLarge", ErrorCategory.InvalidResult),
        "status" => ("ServiceError", ErrorCategory.ConnectionError),
        _ => ("InvalidResponse", ErrorCategory.InvalidResult),
    };

    // A slow answer is still being processed when the client gives up: give the emulator its latency.
    private async Task<bool> StartWasProcessed()
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var run = _fixture.Session.Run("Get-DataArtsMetadataTask -WorkspaceId 0833a5737480d53b2f25c010dc1a7b88 -TaskId 2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a").ThrowIfFailed();
            if (Assert.Single(run.Output).Properties["LastRunTime"].Value is DateTimeOffset) return true;
            await Task.Delay(100);
        }
        return false;
    }

    private static bool Matches(string glob, string path)
    {
        var g = glob.Split('/');
        var p = path.Split('/');
        return g.Length == p.Length && g.Zip(p).All(x => x.First == "*" || x.First == x.Second);
    }
}
