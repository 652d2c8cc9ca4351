using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Routing;

/// <summary>The route table: endpoints by method and path template, chosen as ASP.NET Core's routing chose them.</summary>
internal sealed class Router
{
    private readonly List<Endpoint> _endpoints = new();

    public Endpoint Map(string method, string template, Func<RequestContext, Task<IReply>> handler)
    {
        var endpoint = new Endpoint(method, RouteTemplate.Parse(template), handler);
        _endpoints.Add(endpoint);
        return endpoint;
    }

    public Endpoint Map(string method, string template, Func<RequestContext, IReply> handler) =>
        Map(method, template, context => Task.FromResult(handler(context)));

    /// <summary>Of the routes whose template matches the path, the most specific one for the method.</summary>
    public RouteMatch Match(string method, string path)
    {
        var candidates = _endpoints
            .Select(e => (Endpoint: e, Values: e.Template.Match(path)))
            .Where(c => c.Values is not null)
            .OrderBy(c => c.Endpoint.Template, Comparer<RouteTemplate>.Create((a, b) => a.CompareSpecificity(b)))
            .ToList();
        if (candidates.Count == 0) return RouteMatch.None;
        foreach (var (endpoint, values) in candidates)
        {
            if (HttpMethods.Is(method, endpoint.Method)) return new RouteMatch(endpoint, values!, Array.Empty<string>());
        }
        var allowed = candidates.Select(c => c.Endpoint.Method).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return new RouteMatch(null, candidates[0].Values!, allowed);
    }
}
