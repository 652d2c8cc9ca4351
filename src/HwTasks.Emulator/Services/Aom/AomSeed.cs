namespace HwTasks.Emulator.Services.Aom;

/// <summary>AOM's section of a seed document: automation workflows.</summary>
public sealed class AomSeed
{
    public List<AomWorkflowSeed> Workflows { get; set; } = new();
}

public sealed class AomWorkflowSeed
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>cron, event or manual; manual workflows have no trigger.</summary>
    public string Type { get; set; } = "cron";
    /// <summary>The latest execution's outcome, e.g. success, failed, running, not_executed.</summary>
    public string Status { get; set; } = "success";
    public bool TriggerEnabled { get; set; }
    public double CreatedHoursAgo { get; set; } = 720;
    public double? LastExecutionHoursAgo { get; set; }
}
