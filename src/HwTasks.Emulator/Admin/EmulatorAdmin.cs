using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Gateway;
using HwTasks.Emulator.Logging;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.State;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Admin;

/// <summary>
/// The test-control operations: the same ones whether a host calls them in process
/// (<see cref="EmulatorServer.Admin"/>) or a test sends them to /_emulator.
/// </summary>
public sealed class EmulatorAdmin
{
    private readonly EmulatorState _state;
    private readonly GatewayClock _gatewayClock;
    private readonly RequestLog _log;
    private readonly FaultRegistry _faults;
    private readonly ChaosFaults _chaos;

    internal EmulatorAdmin(EmulatorState state, EmulatorClock clock, GatewayClock gatewayClock, RequestLog log, FaultRegistry faults, ChaosFaults chaos) =>
        (_state, Clock, _gatewayClock, _log, _faults, _chaos) = (state, clock, gatewayClock, log, faults, chaos);

    public IReadOnlyList<RequestLogEntry> Requests() => _log.Snapshot();

    public void ClearRequests() => _log.Clear();

    /// <returns>The rule as stored, with its id.</returns>
    public FaultRule AddFault(FaultRule rule) => _faults.Add(rule);

    public IReadOnlyList<FaultRule> Faults() => _faults.Snapshot();

    public void ClearFaults() => _faults.Clear();

    /// <summary>The chaos in force, or null when it is off.</summary>
    public ChaosSettings? Chaos() => _chaos.Settings;

    /// <summary>Random faults on every request from now on; starting again restarts the draws.</summary>
    public void StartChaos(ChaosSettings settings) => _chaos.Start(settings);

    public void StopChaos() => _chaos.Stop();

    /// <summary>Replaces the whole service state.</summary>
    public void Seed(SeedDocument seed) => _state.Load(seed);

    /// <summary>Back to a seed (the default one when null) and an unskewed gateway clock; faults, chaos, the request log and tokens are kept.</summary>
    public void Reset(SeedDocument? seed = null)
    {
        _state.Load(seed ?? SeedLoader.Default());
        _gatewayClock.Offset = TimeSpan.Zero;
    }

    /// <summary>Service time: what jobs and tokens live in.</summary>
    public EmulatorClock Clock { get; }

    /// <summary>Moves service time forward (never back).</summary>
    public DateTimeOffset AdvanceClock(TimeSpan by) => Clock.Advance(by);

    /// <summary>Takes back every advance of service time (see <see cref="EmulatorClock.Rewind"/>).</summary>
    public DateTimeOffset RewindClock() => Clock.Rewind();

    /// <summary>Moves the gateway's clock (the X-Sdk-Date check and the Date header) away from this machine's.</summary>
    /// <returns>The gateway's time now.</returns>
    public DateTimeOffset SkewGatewayClock(TimeSpan offset)
    {
        _gatewayClock.Offset = offset;
        return _gatewayClock.GetUtcNow();
    }
}
