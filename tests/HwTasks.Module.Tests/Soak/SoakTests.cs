using System.Collections;
using System.Management.Automation.Runspaces;
using System.Text.RegularExpressions;
using HwTasks.Module.Tests.Hosting;
using HwTasks.Tests.Shared;
using Xunit.Abstractions;
using HwTasks.Emulator;

namespace HwTasks.Module.Tests.Soak;

/// <summary>Runs alone, after the parallel collections: the memory check reads this process's heap.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    public const string Name = "Soak";
}

/// <summary>
/// A bounded soak: eight runspaces, half on AK/SK and half on an IAM password, make hundreds of
/// mixed reads, trigger changes and starts each against one emulator that fails requests at random
/// (seeded) and, halfway, expires the IAM token the password runspaces share. Every call must end
/// in exactly one clear outcome, no start may be acted on twice, and the module's memory must not
/// grow with the calls. The test output summarizes what the run met (errors, faults, tokens).
/// </summary>
[Collection(SoakCollection.Name)]
public sealed class SoakTests : IAsyncLifetime
{
    // Draws both the calls and the emulator's faults: the same seed replays the same run (up to
    // which runspace asks first for a shared token), another seed soaks another one.
    private const int Seed = 42;
    private const int Runspaces = 8;
    private const int WarmUpCalls = 40;
    private const int Calls = 300;
    private const double Status503 = 0.10;
    private const double Drop = 0.05;
    private const double AfterProcessing = 0.02;
    private const int TokenLifeHours = 24;
    private const long MemoryBoundMegabytes = 8;
    private static readonly string[] TransientErrorIds = { "ServiceError", "ConnectionFailed", "Timeout", "Throttled", "InvalidResponse" };

    private readonly ITestOutputHelper _output;
    private TestEmulator _emulator = null!;

    public SoakTests(ITestOutputHelper output) => _output = output;

    // An emulator of its own: the soak moves its clock a day on and leaves it there; and in a process
    // of its own, since the memory check reads this process's heap and the emulator's log grows.
    public async Task InitializeAsync() => _emulator = await TestEmulator.StartInOwnProcessAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Eight_runspaces_make_mixed_calls_through_random_faults_and_expiring_tokens()
    {
        var warmUp = Round(round: 0, WarmUpCalls);
        var main = Round(round: 1, Calls);
        await _emulator.SeedAsync(SoakSeed.Json(warmUp.Concat(main).SelectMany(r => r.Steps).ToList(), Runspaces));
        await _emulator.StartChaosAsync(new { seed = Seed, status503 = Status503, drop = Drop, afterProcessing = AfterProcessing });

        var outcomes = new List<SoakOutcome>();
        long afterWarmUp, atEnd;
        using (var pool = OpenPool())
        {
            outcomes.AddRange(await SoakWorker.RunAsync(pool, warmUp, atMidpoint: null));
            afterWarmUp = GC.GetTotalMemory(forceFullCollection: true);
            outcomes.AddRange(await SoakWorker.RunAsync(pool, main, () => _emulator.AdvanceClockAsync((TokenLifeHours + 1) * 3600)));
            atEnd = GC.GetTotalMemory(forceFullCollection: true);
        }
        await _emulator.StopChaosAsync();
        var log = await _emulator.RequestsAsync();
        _output.WriteLine(SoakSummary.Of(outcomes, log, atEnd - afterWarmUp));

        var requestIds = log.Where(l => l.RequestId is not null).ToDictionary(l => l.RequestId!);
        foreach (var outcome in outcomes) AssertOneOutcome(outcome, requestIds);
        foreach (var start in outcomes.Where(o => o.Step.Call.Start is not null)) AssertActedOnAtMostOnce(start, log);
        AssertTokensWereRenewed(outcomes, log);
        Assert.True(atEnd - afterWarmUp < MemoryBoundMegabytes * 1024 * 1024,
            "the heap grew by " + (atEnd - afterWarmUp) / 1024 + " KB from after the warm-up to the end");

        ReliabilityTable.Record("Soak", WhatWasTried(), outcomes.Count,
            "every call ended in one typed success or one " + string.Join("/", TransientErrorIds) + " error ending in its request id (or \"no request id\"); " +
            "no runspace crashed; no start acted on twice, a start resent only after a refused token; the expired token was renewed; " +
            "the heap after the run within " + MemoryBoundMegabytes + " MB of after the warm-up");
    }

    private static string WhatWasTried()
    {
        var mix = SoakCalls.All.Select(c => c.Command + (c.Command == "Get-KafkaBackgroundTask"
            ? " -First " + SoakPlan.KafkaFirst(0) + " to " + SoakPlan.KafkaFirst(Runspaces - 1) : "") + " " + c.Weight + "%");
        return Runspaces + " runspaces at once (half AK/SK, half IAM password), " + (WarmUpCalls + Calls) + " seeded mixed calls each (" +
               WarmUpCalls + " to warm up, then " + Calls + "), with -TimeoutSec " + SoakWorker.TimeoutSec + " -RetryIntervalSec " +
               SoakWorker.RetryIntervalSec.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + string.Join(", ", mix) +
               "; one emulator with chaos (seed " + Seed + ") on every request: " + Percent(Status503) + " 503s, " + Percent(Drop) +
               " dropped connections, " + Percent(AfterProcessing) + " a 503 or a drop after the service acted; halfway, the emulator clock moved " +
               (TokenLifeHours + 1) + " h on, past the IAM token's life";
    }

    /// <summary>The runspaces of one round: even slots sign with AK/SK, odd ones log in with the IAM password.</summary>
    private List<SoakRunspace> Round(int round, int calls) =>
        Enumerable.Range(0, Runspaces).Select(slot => new SoakRunspace(slot, Connect(slot), SoakPlan.For(Seed, slot, round, calls))).ToList();

    private static bool UsesPassword(int slot) => slot % 2 == 1;

    private Hashtable Connect(int slot)
    {
        var connect = new Hashtable { ["EndpointUrl"] = _emulator.Url, ["Region"] = EmulatorDefaults.Region, ["ProjectId"] = EmulatorDefaults.ProjectCnNorth4 };
        if (UsesPassword(slot))
        {
            connect["UserName"] = EmulatorDefaults.UserName;
            connect["DomainName"] = EmulatorDefaults.AccountName;
            connect["Password"] = EmulatorFixture.Secure(EmulatorDefaults.Password);
        }
        else
        {
            connect["AccessKey"] = EmulatorDefaults.AccessKey;
            connect["SecretKey"] = EmulatorFixture.Secure(EmulatorDefaults.SecretKey);
        }
        return connect;
    }

    private static RunspacePool OpenPool()
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(RepositoryPaths.Manifest);
        var pool = RunspaceFactory.CreateRunspacePool(state);
        Assert.True(pool.SetMaxRunspaces(Runspaces) && pool.SetMinRunspaces(Runspaces));
        pool.Open();
        return pool;
    }

    /// <summary>Exactly one of: the call's typed output, or one documented ErrorRecord that quotes a request the emulator logged.</summary>
    private static void AssertOneOutcome(SoakOutcome outcome, IReadOnlyDictionary<string, LoggedRequest> logged)
    {
        var (step, where) = (outcome.Step, Where(outcome.Step));
        Assert.True(outcome.Crash is null, where + " crashed the runspace's script: " + outcome.Crash);
        if (outcome.Errors.Count == 0)
        {
            Assert.True(outcome.Output.Count == step.Call.Writes(step.Target) && outcome.Output.All(t => t == step.Call.OutputType),
                where + " succeeded with [" + string.Join(", ", outcome.Output) + "]");
            return;
        }
        Assert.True(outcome.Output.Count == 0 && outcome.Errors.Count == 1,
            where + " wrote " + outcome.Output.Count + " objects and " + outcome.Errors.Count + " errors: " + string.Join(" | ", outcome.Errors));
        var (id, message) = outcome.Errors[0];
        Assert.True(TransientErrorIds.Any(e => id == e + ",HwTasks.Commands." + step.Call.Cmdlet), where + " failed with " + id + ": " + message);
        var quoted = Regex.Match(message, @"\((?:request id (?<id>[0-9a-f]{32})|no request id)\)$");
        Assert.True(quoted.Success, where + ": the message does not end with the request id: " + message);
        if (quoted.Groups["id"].Success)
        {
            Assert.True(logged.TryGetValue(quoted.Groups["id"].Value, out var answer) && (answer.Faulted is not null || answer.Status >= 400),
                where + ": the message quotes a request id the emulator did not fail: " + message);
        }
    }

    /// <summary>
    /// The request log holds every attempt of a start (each start has a target of its own): the
    /// service acted on at most one, and an attempt was only ever followed by another when the
    /// gateway refused its token (401), so before the service could act.
    /// </summary>
    private static void AssertActedOnAtMostOnce(SoakOutcome outcome, IReadOnlyList<LoggedRequest> log)
    {
        var (start, where) = (outcome.Step.Call.Start!, Where(outcome.Step));
        var path = start.Path(outcome.Step.Target);
        var attempts = log.Where(l => l.Method == start.Method && l.Path == path).ToList();
        Assert.True(attempts.Count(a => a.Processed) <= 1, where + " was acted on " + attempts.Count(a => a.Processed) + " times");
        Assert.True(attempts.SkipLast(1).All(a => a.Status == 401 && a.Faulted is null),
            where + " was resent after " + string.Join(", ", attempts.Select(a => a.Status + (a.Faulted is null ? "" : " " + a.Faulted))));
        if (outcome.Errors.Count == 0)
            Assert.True(attempts.Count > 0 && attempts[^1].Processed && attempts[^1].Faulted is null, where + " succeeded without a clean answer to its start");
        else if (attempts.Count == 0)
            Assert.True(UsesPassword(outcome.Step.Slot) && outcome.Errors[0].Message.StartsWith("IAM ", StringComparison.Ordinal),
                where + " failed without sending its start: " + outcome.Errors[0].Message);
    }

    /// <summary>The expired tokens were refused, new ones issued, and every password runspace went on succeeding after the midpoint.</summary>
    private static void AssertTokensWereRenewed(IReadOnlyList<SoakOutcome> outcomes, IReadOnlyList<LoggedRequest> log)
    {
        var firstRefusal = log.FirstOrDefault(l => l.Status == 401 && l.Header("X-Auth-Token") is not null);
        Assert.True(firstRefusal is not null, "no service refused an expired IAM token");
        Assert.Contains(log, l => l.Sequence > firstRefusal!.Sequence && l.Path == "/v3/auth/tokens" && l.Status == 201);
        foreach (var slot in Enumerable.Range(0, Runspaces).Where(UsesPassword))
        {
            Assert.True(outcomes.Any(o => o.Step.Slot == slot && o.Step.Round == 1 && o.Step.Index >= Calls / 2 && o.Errors.Count == 0),
                "runspace " + slot + " never succeeded after its token expired");
        }
    }

    private static string Where(SoakStep step) =>
        "runspace " + step.Slot + ", round " + step.Round + ", call " + step.Index + " (" + step.Call.Command + " " + step.Target + ")";

    private static string Percent(double rate) => (rate * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
