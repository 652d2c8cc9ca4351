namespace HwTasks.Emulator.Services.Cdm;

/// <summary>CDM's section of a seed document: clusters and their jobs.</summary>
public sealed class CdmSeed
{
    public List<CdmClusterSeed> Clusters { get; set; } = new();
}

public sealed class CdmClusterSeed
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "cdm-cluster";
    /// <summary>ListClusters' status code (the SDK's model Clusters.status): 200 in service, 900 shut down, 100 being created, ...</summary>
    public string Status { get; set; } = "200";
    public string StatusDetail { get; set; } = "Normal";
    public string FlavorName { get; set; } = "cdm.medium";
    public double CreatedHoursAgo { get; set; } = 2000;
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
    /// <summary>
    /// When set, that previous run ended FAILED with this error summary, whatever <see cref="FailWith"/>
    /// says of the runs to come: "it failed last night, a restart works".
    /// </summary>
    public string? LastRunFailWith { get; set; }
}
