namespace HwTasks.Emulator.Gateway;

/// <summary>What the gateway reads from a path before routing: which project it is scoped to.</summary>
public static class RouteScope
{
    public const string AdminPrefix = "/_emulator";

    private static readonly HashSet<string> VersionSegments = new(StringComparer.Ordinal) { "v1", "v1.1", "v2", "v3" };
    private static readonly HashSet<string> GlobalIamSegments = new(StringComparer.Ordinal) { "projects", "auth" };

    public static bool IsAdmin(PathString path) => path.StartsWithSegments(AdminPrefix, StringComparison.Ordinal);

    /// <summary>The password login is the one call that needs no credentials.</summary>
    public static bool IsAnonymous(string method, PathString path) =>
        HttpMethods.IsPost(method) && path.Equals("/v3/auth/tokens", StringComparison.Ordinal);

    /// <summary>The {project_id} segment of a regional route (/v1/{p}/..., /v1.1/{p}/..., /v2/{p}/..., /v3/{p}/...), or null for IAM.</summary>
    public static string? ProjectIdOf(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || !VersionSegments.Contains(segments[0])) return null;
        if (segments[0] == "v3" && GlobalIamSegments.Contains(segments[1])) return null;
        return segments[1];
    }
}
