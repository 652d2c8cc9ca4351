namespace HwTasks.Emulator.Routing;

/// <summary>
/// What routing found for a request: an endpoint; or only endpoints for other methods (405, with
/// <see cref="AllowedMethods"/>); or nothing (404). Values come from the path in every case but 404,
/// so the gateway can check the project a path names even when the method is wrong.
/// </summary>
internal sealed class RouteMatch
{
    /// <summary>The parameter every regional route names its project with.</summary>
    public const string ProjectIdParameter = "projectId";

    public static readonly RouteMatch None = new(null, new Dictionary<string, string>(), Array.Empty<string>());

    public RouteMatch(Endpoint? endpoint, IReadOnlyDictionary<string, string> values, IReadOnlyList<string> allowedMethods)
    {
        Endpoint = endpoint;
        Values = values;
        AllowedMethods = allowedMethods;
    }

    public Endpoint? Endpoint { get; }

    public IReadOnlyDictionary<string, string> Values { get; }

    public IReadOnlyList<string> AllowedMethods { get; }

    /// <summary>Some route has this path, whatever the method.</summary>
    public bool PathExists => Endpoint is not null || AllowedMethods.Count > 0;

    /// <summary>The project the path names, or null for IAM's global routes.</summary>
    public string? ProjectId => Values.GetValueOrDefault(ProjectIdParameter);
}
