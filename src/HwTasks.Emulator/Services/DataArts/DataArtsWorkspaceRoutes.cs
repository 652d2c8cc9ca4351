using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Services.DataArts;

/// <summary>
/// Where workspace ids come from: ListDataArtsStudioInstances (GET /v1/{project_id}/instances) and
/// ListManagerWorkSpaces (GET /v1/{project_id}/workspaces/{instance_id}), both paged by limit
/// (default 20) and offset (default 0).
/// </summary>
internal static class DataArtsWorkspaceRoutes
{
    private const int DefaultLimit = 20;

    public static void Map(ServiceRoutes<DataArtsStore> routes)
    {
        routes.Map(HttpMethods.Get, "/v1/{projectId}/instances", (context, dataArts) =>
            ReadPage(context, out var offset, out var limit) ? dataArts.Instances(context.Route.ProjectId!, offset, limit).ToReply() : InvalidPage());

        routes.Map(HttpMethods.Get, "/v1/{projectId}/workspaces/{instanceId}", (context, dataArts) =>
            ReadPage(context, out var offset, out var limit)
                ? dataArts.Workspaces(context.Route.ProjectId!, context.RouteValue("instanceId"), offset, limit).ToReply()
                : InvalidPage());
    }

    private static bool ReadPage(RequestContext context, out int offset, out int limit)
    {
        limit = DefaultLimit;
        return QueryInt.TryRead(context.Request, "offset", 0, 0, int.MaxValue, out offset) &&
               QueryInt.TryRead(context.Request, "limit", DefaultLimit, 1, int.MaxValue, out limit);
    }

    private static IReply InvalidPage() =>
        DataArtsStore.Error(StatusCodes.Status400BadRequest, DataArtsStore.InvalidParameter,
            "Invalid parameter: limit must be a positive integer and offset a non-negative one.").ToReply();
}
