namespace HwTasks.Emulator.Faults;

/// <summary>An injected failure for the next <see cref="Remaining"/> requests whose method and path match.</summary>
public sealed record FaultRule(
    string Id,
    string? Method,
    string Path,
    FaultKind Kind,
    int Remaining,
    int? Status,
    int? RetryAfterSeconds,
    int? LatencyMs,
    long? SizeBytes,
    bool AfterProcessing,
    string? Body = null,
    string? ContentType = null)
{
    public const long DefaultOversizeBytes = 60L * 1024 * 1024;

    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) && PathGlob.IsMatch(Path, path);
}
