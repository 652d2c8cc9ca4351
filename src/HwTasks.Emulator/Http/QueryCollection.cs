namespace HwTasks.Emulator.Http;

/// <summary>
/// Query parameters as ASP.NET Core's Request.Query read them: names compare without case, '+' is a
/// space, %XX is decoded, and a repeated name's values are joined by ','. Public for hosts that
/// check a logged query as the services read it.
/// </summary>
public sealed class QueryCollection
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    private QueryCollection()
    {
    }

    /// <summary>The value, or "" when the parameter is absent.</summary>
    public string this[string name] => _values.TryGetValue(name, out var values) ? string.Join(',', values) : string.Empty;

    public bool Contains(string name) => _values.ContainsKey(name);

    /// <param name="queryString">The raw query, with or without its leading '?'.</param>
    public static QueryCollection Parse(string queryString)
    {
        var query = new QueryCollection();
        foreach (var pair in queryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var name = Unescape(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : Unescape(pair[(eq + 1)..]);
            if (!query._values.TryGetValue(name, out var values)) query._values[name] = values = new List<string>();
            values.Add(value);
        }
        return query;
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
