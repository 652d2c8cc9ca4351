using HwTasks.Emulator.Admin;
using HwTasks.Emulator.Gateway;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator;

/// <summary>
/// Every request, in order: routing, then the admin API directly or the gateway in front of the
/// cloud routes, then the matched endpoint.
/// </summary>
internal sealed class EmulatorApplication(Router router, ApiGateway gateway)
{
    public Task HandleAsync(HttpExchange exchange)
    {
        var context = new RequestContext(exchange, router.Match(exchange.Request.Method, exchange.Request.Path));
        return AdminRoutes.Owns(exchange.Request.Path) ? RunEndpointAsync(context) : gateway.HandleAsync(context, RunEndpointAsync);
    }

    /// <summary>The matched endpoint; without one, ASP.NET Core's answers: 405 with Allow, or an empty 404.</summary>
    private static async Task RunEndpointAsync(RequestContext context)
    {
        if (context.Route.Endpoint is { } endpoint)
        {
            var reply = await endpoint.Handler(context);
            await reply.WriteAsync(context);
        }
        else if (context.Route.PathExists)
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Set(KnownHeaders.Allow, string.Join(", ", context.Route.AllowedMethods));
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
