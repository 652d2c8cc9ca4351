namespace HwTasks.Emulator.Services.Kafka;

/// <summary>Kafka's section of a seed document: instances and their background tasks.</summary>
public sealed class KafkaSeed
{
    public List<KafkaInstanceSeed> Instances { get; set; } = new();
}

public sealed class KafkaInstanceSeed
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "kafka-instance";
    /// <summary>ListInstances' status text: RUNNING, CREATING, RESTARTING, ERROR, FROZEN, ...</summary>
    public string Status { get; set; } = "RUNNING";
    public string EngineVersion { get; set; } = "2.7";
    public string Specification { get; set; } = "kafka.2u4g.cluster";
    public double CreatedHoursAgo { get; set; } = 2000;
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
