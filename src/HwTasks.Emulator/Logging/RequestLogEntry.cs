namespace HwTasks.Emulator.Logging;

/// <summary>One request as the emulator received it, with credentials and secret values redacted.</summary>
public sealed record RequestLogEntry(
    long Sequence,
    DateTimeOffset Time,
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    string? BodySha256,
    long BodyLength,
    int Status,
    string RequestId,
    string? Faulted,
    /// <summary>For a fault after processing: the status of the service's own answer that the fault replaced.</summary>
    int? ProcessedStatus = null,
    /// <summary>The service whose route the request matched (its seed section, e.g. "cdm", or "iam"); null when none did.</summary>
    string? Service = null);
