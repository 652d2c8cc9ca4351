namespace HwTasks.Emulator.Services.DataArts;

/// <summary>DataArts's section of a seed document: workspaces and their metadata collection tasks.</summary>
public sealed class DataArtsSeed
{
    public List<DataArtsWorkspaceSeed> Workspaces { get; set; } = new();
}

public sealed class DataArtsWorkspaceSeed
{
    public string Id { get; set; } = "";
    public List<DataArtsTaskSeed> Tasks { get; set; } = new();
}

public sealed class DataArtsTaskSeed
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string UserName { get; set; } = "ops-admin";
    public string DataSourceType { get; set; } = "DLI";
    /// <summary>Quartz-style (sec min hour day month weekday) or 5-field cron.</summary>
    public string CronExpression { get; set; } = "0 0 2 * * ?";
    public bool ScheduleEnabled { get; set; }
    public double CreatedHoursAgo { get; set; } = 720;
    public double RunSeconds { get; set; } = 5;
    public bool Fails { get; set; }
    public double? LastRunHoursAgo { get; set; }
}
