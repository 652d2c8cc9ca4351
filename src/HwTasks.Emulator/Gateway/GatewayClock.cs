namespace HwTasks.Emulator.Gateway;

/// <summary>
/// The gateway's wall clock: real time plus an offset an admin call can set, to reproduce a client
/// whose clock is wrong (X-Sdk-Date out of range) without changing the machine's time.
/// </summary>
public sealed class GatewayClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private long _offsetTicks;

    public GatewayClock(TimeProvider inner) => _inner = inner;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + Offset;
}
