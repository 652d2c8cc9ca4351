namespace HwTasks.Emulator.Faults;

/// <summary>The failures a client must survive; wire names are the lower-case forms in <see cref="FaultKinds"/>.</summary>
public enum FaultKind
{
    Status,
    Latency,
    Truncated,
    NonJson,
    Empty,
    Drop,
    Oversize,
    /// <summary>Exactly the body (and status, content type) the rule gives: a proxy's page, JSON of the wrong shape.</summary>
    Body,
}

public static class FaultKinds
{
    private static readonly Dictionary<string, FaultKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["status"] = FaultKind.Status,
        ["latency"] = FaultKind.Latency,
        ["truncated"] = FaultKind.Truncated,
        ["non-json"] = FaultKind.NonJson,
        ["empty"] = FaultKind.Empty,
        ["drop"] = FaultKind.Drop,
        ["oversize"] = FaultKind.Oversize,
        ["body"] = FaultKind.Body,
    };

    public static bool TryParse(string? name, out FaultKind kind) => ByName.TryGetValue(name ?? string.Empty, out kind);

    public static string WireName(this FaultKind kind) => ByName.First(p => p.Value == kind).Key;
}
