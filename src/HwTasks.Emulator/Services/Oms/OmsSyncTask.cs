namespace HwTasks.Emulator.Services.Oms;

/// <summary>An OMS sync task and its running totals for the month.</summary>
internal sealed class OmsSyncTask
{
    public required OmsSyncTaskSeed Definition { get; init; }
    public required DateTimeOffset CreateTime { get; init; }
    public DateTimeOffset? LastStartTime { get; set; }
    public string Status { get; set; } = OmsStore.Stopped;
    /// <summary>Objects copied in earlier synchronizing periods this month.</summary>
    public double CopiedBefore { get; set; }
    public DateTimeOffset? SynchronizingSince { get; set; }

    public long CopiedObjects(DateTimeOffset now) => (long)(Definition.MonthlySuccessObjects + CopiedBefore +
        (SynchronizingSince is { } since ? Math.Max(0, (now - since).TotalSeconds) * Definition.ObjectsPerSecond : 0));
}
