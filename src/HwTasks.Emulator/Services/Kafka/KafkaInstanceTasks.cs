namespace HwTasks.Emulator.Services.Kafka;

/// <summary>
/// One instance's tasks, kept sorted by creation time so a time window is two binary searches
/// and a page is an index range: listing 100,000 tasks never scans them.
/// </summary>
internal sealed class KafkaInstanceTasks
{
    private readonly List<KafkaTask> _sorted;
    private readonly Dictionary<string, KafkaTask> _byId;

    public KafkaInstanceTasks(IEnumerable<KafkaTask> tasks)
    {
        _sorted = tasks.ToList();
        _sorted.Sort(KafkaTask.ByCreation);
        _byId = new Dictionary<string, KafkaTask>(_sorted.Count, StringComparer.Ordinal);
        foreach (var task in _sorted) _byId[task.Id] = task;
    }

    public int Count => _sorted.Count;

    public KafkaTask? Find(string id) => _byId.GetValueOrDefault(id);

    public bool Remove(string id)
    {
        if (!_byId.Remove(id, out var task)) return false;
        var index = _sorted.BinarySearch(task, KafkaTask.ByCreation);
        _sorted.RemoveAt(index);
        return true;
    }

    /// <summary>Tasks created in [from, to), newest first, skipping <paramref name="start"/>.</summary>
    public (int Total, List<KafkaTask> Page) Page(DateTimeOffset? from, DateTimeOffset? to, int start, int limit)
    {
        var low = from is { } f ? LowerBound(f) : 0;
        var high = to is { } t ? LowerBound(t) : _sorted.Count;
        var total = Math.Max(0, high - low);
        var page = new List<KafkaTask>(Math.Min(limit, Math.Max(0, total - start)));
        for (var i = high - 1 - start; i >= low && page.Count < limit; i--) page.Add(_sorted[i]);
        return (total, page);
    }

    /// <summary>The index of the first task created at or after <paramref name="time"/>.</summary>
    private int LowerBound(DateTimeOffset time)
    {
        int low = 0, high = _sorted.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_sorted[mid].CreatedAt < time) low = mid + 1; else high = mid;
        }
        return low;
    }
}
