namespace HwTasks.Emulator.Logging;

/// <summary>
/// Every service/IAM request, in arrival order (by sequence). Bounded so a long-running emulator
/// cannot grow without limit; the oldest entries go first.
/// </summary>
public sealed class RequestLog
{
    public const int Capacity = 100_000;

    private readonly object _gate = new();
    private readonly LinkedList<RequestLogEntry> _entries = new();
    private long _sequence;

    /// <summary>Taken when a request arrives, so the order reflects arrival even when responses finish out of order.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            _entries.AddLast(entry);
            if (_entries.Count > Capacity) _entries.RemoveFirst();
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_gate) return _entries.OrderBy(e => e.Sequence).ToList();
    }

    public void Clear()
    {
        lock (_gate) _entries.Clear();
    }
}
