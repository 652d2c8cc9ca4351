namespace HwTasks.Emulator.Time;

/// <summary>
/// The time the emulated services live in. "Real" follows the wall clock (plus any advance);
/// "manual" stands still until <see cref="Advance"/> is called, so tests can step a job through
/// its lifecycle without sleeping. The signature date check deliberately does NOT use this clock
/// (see GatewayAuthenticator): advancing service time must not break request signing.
/// </summary>
public sealed class EmulatorClock
{
    private readonly object _gate = new();
    private readonly TimeProvider _wall;
    private DateTimeOffset _frozenAt;
    private TimeSpan _offset;

    public EmulatorClock(bool manual, TimeProvider? wall = null, DateTimeOffset? start = null)
    {
        _wall = wall ?? TimeProvider.System;
        IsManual = manual;
        _frozenAt = start ?? _wall.GetUtcNow();
        if (!manual && start is not null) _offset = start.Value - _wall.GetUtcNow();
    }

    public bool IsManual { get; }

    public DateTimeOffset UtcNow
    {
        get
        {
            lock (_gate) return IsManual ? _frozenAt : _wall.GetUtcNow() + _offset;
        }
    }

    public long NowMilliseconds => UtcNow.ToUnixTimeMilliseconds();

    public DateTimeOffset Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The clock only moves forward.");
        lock (_gate)
        {
            if (IsManual) _frozenAt += by; else _offset += by;
        }
        return UtcNow;
    }
}
