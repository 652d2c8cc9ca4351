using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Services;

/// <summary>
/// The routes of one service. Every one names its project ({projectId}); its handler is given the
/// service's store of that project.
/// </summary>
internal sealed class ServiceRoutes<TStore> where TStore : class
{
    private readonly Router _router;
    private readonly IProjectStores _stores;
    private readonly string _service;

    /// <param name="service">The service's seed section, which the request log names its requests by.</param>
    public ServiceRoutes(Router router, IProjectStores stores, string service)
    {
        _router = router;
        _stores = stores;
        _service = service;
    }

    public Endpoint Map(string method, string template, Func<RequestContext, TStore, Task<IReply>> handler)
    {
        if (!RouteTemplate.Parse(template).HasParameter(RouteMatch.ProjectIdParameter))
            throw new ArgumentException($"A service route names its project with {{{RouteMatch.ProjectIdParameter}}}: {template}", nameof(template));
        return _router.Map(method, template, context => handler(context, _stores.StoreOf<TStore>(context.Route.ProjectId!))).OfService(_service);
    }

    public Endpoint Map(string method, string template, Func<RequestContext, TStore, IReply> handler) =>
        Map(method, template, (context, store) => Task.FromResult(handler(context, store)));
}
