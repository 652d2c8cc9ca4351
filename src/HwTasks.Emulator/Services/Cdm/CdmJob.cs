namespace HwTasks.Emulator.Services.Cdm;

/// <summary>A CDM migration job and its most recent submission (CDM shows one run at a time).</summary>
internal sealed class CdmJob
{
    public required string Name { get; init; }
    public required string JobType { get; init; }
    public required string FromConnector { get; init; }
    public required string ToConnector { get; init; }
    public required string FromLink { get; init; }
    public required string ToLink { get; init; }
    public required string CreationUser { get; init; }
    public required DateTimeOffset CreationDate { get; init; }
    public DateTimeOffset UpdateDate { get; set; }
    public required TimeSpan BootTime { get; init; }
    public required TimeSpan RunTime { get; init; }
    public string? FailWith { get; init; }
    public long Rows { get; init; }
    public required IReadOnlyDictionary<string, string> DefaultVariables { get; init; }
    public CdmSubmission? LastSubmission { get; set; }
}

internal sealed class CdmSubmission
{
    public required long Id { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required string User { get; init; }
    public required IReadOnlyDictionary<string, string> Variables { get; init; }
    public DateTimeOffset? StoppedAt { get; set; }
    /// <summary>The run ends FAILED with this error summary (the job's FailWith when it started).</summary>
    public string? FailWith { get; init; }
}

internal sealed class CdmCluster
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Status { get; init; } = "200";
    public string StatusDetail { get; init; } = "Normal";
    public string FlavorName { get; init; } = "cdm.medium";
    public DateTimeOffset Created { get; init; }
    public Dictionary<string, CdmJob> Jobs { get; } = new(StringComparer.Ordinal);
}
