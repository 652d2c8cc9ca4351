namespace HwTasks.Emulator.Services.Aom;

/// <summary>An AOM automation workflow; cron and event workflows have a trigger that can be enabled.</summary>
internal sealed class AomWorkflow
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string Type { get; init; }
    public required string Status { get; init; }
    public string? TriggerId { get; init; }
    public bool TriggerEnabled { get; set; }
    public required DateTimeOffset CreateTime { get; init; }
    public DateTimeOffset UpdateTime { get; set; }
    public DateTimeOffset? LastExecutionStartTime { get; init; }
}
