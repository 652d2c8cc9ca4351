namespace HwTasks.Emulator.Faults;

/// <summary>Pending injected faults; each matching request consumes one use, atomically.</summary>
public sealed class FaultRegistry
{
    private readonly object _gate = new();
    private readonly List<FaultRule> _rules = new();
    private long _nextId;

    public FaultRule Add(FaultRule rule)
    {
        lock (_gate)
        {
            var stored = rule with { Id = "fault-" + (++_nextId) };
            _rules.Add(stored);
            return stored;
        }
    }

    /// <summary>Consumes one use of the first rule matching the request, if any.</summary>
    public FaultRule? TryTake(string method, string path)
    {
        lock (_gate)
        {
            var index = _rules.FindIndex(r => r.Matches(method, path));
            if (index < 0) return null;
            var rule = _rules[index];
            if (rule.Remaining <= 1) _rules.RemoveAt(index);
            else _rules[index] = rule with { Remaining = rule.Remaining - 1 };
            return rule;
        }
    }

    public IReadOnlyList<FaultRule> Snapshot()
    {
        lock (_gate) return _rules.ToList();
    }

    public void Clear()
    {
        lock (_gate) _rules.Clear();
    }
}
