namespace HwTasks.Emulator.Services.DataArts;

/// <summary>DataArts's section of a seed document: DataArts Studio instances, their workspaces and the workspaces' metadata collection tasks.</summary>
public sealed class DataArtsSeed
{
    public List<DataArtsInstanceSeed> Instances { get; set; } = new();
    public List<DataArtsWorkspaceSeed> Workspaces { get; set; } = new();
}

public sealed class DataArtsInstanceSeed
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "dataarts-instance";
    public string SpecificationCode { get; set; } = "dayu.starter";
    /// <summary>ListDataArtsStudioInstances' order status: 2 in effect, 4 frozen, ...</summary>
    public int Status { get; set; } = 2;
    public double CreatedHoursAgo { get; set; } = 2000;
}

public sealed class DataArtsWorkspaceSeed
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "workspace";
    public string Description { get; set; } = "";
    /// <summary>The instance the workspace belongs to; the first seeded instance when omitted.</summary>
    public string? InstanceId { get; set; }
    /// <summary>0 a private workspace, 1 the instance's default one, 2 a public one.</summary>
    public int IsDefault { get; set; }
    public string OwnerName { get; set; } = "ops-admin";
    public double CreatedHoursAgo { get; set; } = 2000;
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
