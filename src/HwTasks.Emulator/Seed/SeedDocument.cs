namespace HwTasks.Emulator.Seed;

/// <summary>
/// The resources of one project. Times are relative to the emulator clock at seeding
/// ("hoursAgo"), so a seed stays realistic whenever it is loaded.
/// </summary>
public class ProjectSeed
{
    public CdmSeed? Cdm { get; set; }
    public AomSeed? Aom { get; set; }
    public OmsSeed? Oms { get; set; }
    public DataArtsSeed? DataArts { get; set; }
    public KafkaSeed? Kafka { get; set; }
}

/// <summary>
/// A whole emulator state. The top-level service sections seed every project of every account;
/// <see cref="Projects"/> replaces them for the named project ids.
/// </summary>
public sealed class SeedDocument : ProjectSeed
{
    public Dictionary<string, ProjectSeed>? Projects { get; set; }

    public ProjectSeed ForProject(string projectId) =>
        Projects is not null && Projects.TryGetValue(projectId, out var specific) ? specific : this;
}

public sealed class CdmSeed
{
    public List<CdmClusterSeed> Clusters { get; set; } = new();
}

public sealed class CdmClusterSeed
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "cdm-cluster";
    public List<CdmJobSeed> Jobs { get; set; } = new();
}

public sealed class CdmJobSeed
{
    public string Name { get; set; } = "";
    public string JobType { get; set; } = "NORMAL_JOB";
    public string FromConnector { get; set; } = "generic-jdbc-connector";
    public string ToConnector { get; set; } = "hive-connector";
    public string FromLink { get; set; } = "mysql_link";
    public string ToLink { get; set; } = "hive_link";
    public string CreationUser { get; set; } = "cdm";
    public double CreatedHoursAgo { get; set; } = 720;
    public double BootSeconds { get; set; } = 2;
    public double RunSeconds { get; set; } = 10;
    /// <summary>When set, every run of the job ends FAILED with this error summary.</summary>
    public string? FailWith { get; set; }
    public long Rows { get; set; } = 10_000;
    public Dictionary<string, string> Variables { get; set; } = new();
    /// <summary>When set, a previous run started this long ago (its outcome follows from the durations).</summary>
    public double? LastRunHoursAgo { get; set; }
}

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
    public string? Cron { get; set; }
    public double CreatedHoursAgo { get; set; } = 720;
    public double? LastExecutionHoursAgo { get; set; }
}

public sealed class OmsSeed
{
    public List<OmsSyncTaskSeed> SyncTasks { get; set; } = new();
}

public sealed class OmsSyncTaskSeed
{
    public string Id { get; set; } = "";
    public string SrcCloudType { get; set; } = "AWS";
    public string SrcRegion { get; set; } = "us-east-1";
    public string SrcBucket { get; set; } = "";
    public string DstBucket { get; set; } = "";
    public string DstRegion { get; set; } = "cn-north-4";
    public string Status { get; set; } = "STOPPED";
    public string Description { get; set; } = "";
    /// <summary>A URL-list task reads object URLs from a list file; it needs no source AK/SK.</summary>
    public bool UrlList { get; set; }
    public double CreatedHoursAgo { get; set; } = 720;
    public double? LastStartHoursAgo { get; set; }
    /// <summary>How many objects a synchronizing task copies per second (drives the monthly counters).</summary>
    public double ObjectsPerSecond { get; set; } = 2;
    public long ObjectSizeBytes { get; set; } = 1_048_576;
    public long MonthlySuccessObjects { get; set; }
    public long MonthlyFailureObjects { get; set; }
    public long MonthlySkipObjects { get; set; }
}

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

public sealed class KafkaSeed
{
    public List<KafkaInstanceSeed> Instances { get; set; } = new();
}

public sealed class KafkaInstanceSeed
{
    public string Id { get; set; } = "";
    public List<KafkaTaskSeed> Tasks { get; set; } = new();
    /// <summary>Adds this many deterministic pseudo-random tasks (for paging tests).</summary>
    public int GenerateTasks { get; set; }
    /// <summary>Generated tasks are spread over this many days before now.</summary>
    public double GenerateDays { get; set; } = 60;
}

public sealed class KafkaTaskSeed
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string UserName { get; set; } = "paas_dms";
    public string UserId { get; set; } = "3df5acbc24a54fadb62a043c9000a307";
    /// <summary>A JSON document, sent on the wire as a string.</summary>
    public string Params { get; set; } = "{}";
    public string Status { get; set; } = "SUCCESS";
    /// <summary>Absolute creation time; wins over <see cref="CreatedHoursAgo"/>.</summary>
    public DateTimeOffset? CreatedAt { get; set; }
    public double CreatedHoursAgo { get; set; } = 24;
    public double DurationSeconds { get; set; } = 5;
}
