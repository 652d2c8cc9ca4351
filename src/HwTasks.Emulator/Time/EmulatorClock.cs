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
    // Where the clock started, for Rewind: the frozen instant, or the offset from the wall clock.
    private readonly DateTimeOffset _startedAt;
    private readonly TimeSpan _startOffset;
    private DateTimeOffset _frozenAt;
    private TimeSpan _offset;

    public EmulatorClock(bool manual, TimeProvider? wall = null, DateTimeOffset? start = null)
    {
        _wall = wall ?? TimeProvider.System;
        IsManual = manual;
        _frozenAt = _startedAt = start ?? _wall.GetUtcNow();
        if (!manual && start is not null) _offset = _startOffset = start.Value - _wall.GetUtcNow();
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

    /// <summary>
    /// Undoes every <see cref="Advance"/>: a manual clock stands at its start again, a real one
    /// follows the wall clock as it did at the start. For a test that begins afresh.
    /// </summary>
    public DateTimeOffset Rewind()
    {
        lock (_gate)
        {
            _frozenAt = _startedAt;
            _offset = _startOffset;
        }
        return UtcNow;
    }
}
