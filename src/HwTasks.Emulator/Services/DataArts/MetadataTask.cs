namespace HwTasks.Emulator.Services.DataArts;

/// <summary>A DataArts Catalog metadata collection task and its schedule.</summary>
internal sealed class MetadataTask
{
    public required string Id { get; init; }
    public required string WorkspaceId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string UserName { get; init; }
    public required string DataSourceType { get; init; }
    public required string CronExpression { get; init; }
    public CronSchedule? Schedule { get; init; }
    public required DateTimeOffset CreateTime { get; init; }
    public DateTimeOffset UpdateTime { get; set; }
    public bool ScheduleEnabled { get; set; }
    public DateTimeOffset? NextRunTime { get; set; }
    public required TimeSpan RunTime { get; init; }
    public bool Fails { get; init; }
    public MetadataRun? LastRun { get; set; }
}

/// <summary>One collection run: RUNNING for the task's run time, then SUCCESS/FAILED, or STOPPED if stopped first.</summary>
internal sealed record MetadataRun(DateTimeOffset StartedAt, TimeSpan Duration, bool Fails)
{
    public DateTimeOffset? StoppedAt { get; set; }

    public string StatusAt(DateTimeOffset now)
    {
        var end = StartedAt + Duration;
        if (StoppedAt is { } stop && stop < end) return "STOPPED";
        if (now < end) return "RUNNING";
        return Fails ? "FAILED" : "SUCCESS";
    }
}
