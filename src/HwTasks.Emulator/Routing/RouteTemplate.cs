namespace HwTasks.Emulator.Routing;

/// <summary>
/// A path template such as "/v2/{projectId}/sync-tasks/{syncTaskId}/start", matched by ASP.NET Core's
/// rules, which the emulator's routes were written against: literal segments compare without case,
/// a {parameter} takes one non-empty segment, and one trailing '/' is allowed.
/// </summary>
internal sealed class RouteTemplate
{
    private readonly (string Text, bool IsParameter)[] _segments;

    private RouteTemplate(string text, (string, bool)[] segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    public static RouteTemplate Parse(string template)
    {
        if (!template.StartsWith('/')) throw new ArgumentException($"A route template starts with '/': {template}", nameof(template));
        var segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.StartsWith('{') && s.EndsWith('}') ? (s[1..^1], true) : (s, false))
            .ToArray();
        return new RouteTemplate(template, segments);
    }

    public bool HasParameter(string name) => _segments.Any(s => s.IsParameter && s.Text == name);

    /// <returns>The parameter values, or null when the path does not match.</returns>
    public Dictionary<string, string>? Match(string path)
    {
        if (!path.StartsWith('/')) return null;
        var trimmed = path.Length > 1 && path.EndsWith('/') ? path[1..^1] : path[1..];
        var parts = trimmed.Length == 0 ? Array.Empty<string>() : trimmed.Split('/');
        if (parts.Length != _segments.Length) return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Length; i++)
        {
            var (text, isParameter) = _segments[i];
            if (parts[i].Length == 0) return null;
            if (isParameter) values[text] = parts[i];
            else if (!string.Equals(text, parts[i], StringComparison.OrdinalIgnoreCase)) return null;
        }
        return values;
    }

    /// <summary>Negative when this template is more specific: a literal segment beats a parameter at the first place they differ.</summary>
    public int CompareSpecificity(RouteTemplate other)
    {
        for (var i = 0; i < Math.Min(_segments.Length, other._segments.Length); i++)
        {
            var order = _segments[i].IsParameter.CompareTo(other._segments[i].IsParameter);
            if (order != 0) return order;
        }
        return 0;
    }
}
