using HwTasks.Emulator.Auth;
using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Routing;

/// <summary>A request on its way through the emulator: the exchange, the route it matched, and what the gateway learned of it.</summary>
internal sealed class RequestContext
{
    public RequestContext(HttpExchange exchange, RouteMatch route)
    {
        Exchange = exchange;
        Route = route;
    }

    public HttpExchange Exchange { get; }

    public HttpRequest Request => Exchange.Request;

    public HttpResponse Response => Exchange.Response;

    /// <summary>Cancelled when the client goes away (or the connection is dropped on purpose).</summary>
    public CancellationToken Aborted => Exchange.Aborted;

    public RouteMatch Route { get; }

    /// <summary>The gateway's id for this request ("" for admin routes).</summary>
    public string RequestId { get; set; } = string.Empty;

    /// <summary>Who made the request, once the gateway authenticated it.</summary>
    public Caller? Caller { get; set; }

    /// <summary>A {parameter} of the matched route.</summary>
    public string RouteValue(string name) => Route.Values[name];
}
