using System.Text.Json;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Services.DataArts;

/// <summary>DataArts Studio metadata tasks under /v3/{project_id}/metadata/tasks, and the instances and workspaces they live in.</summary>
internal static class DataArtsRoutes
{
    /// <summary>Lower-case on the wire; HTTP header names are case-insensitive anyway.</summary>
    public const string WorkspaceHeader = "workspace";

    public static void Map(ServiceRoutes<DataArtsStore> routes)
    {
        DataArtsWorkspaceRoutes.Map(routes);
        routes.Map(HttpMethods.Post, "/v3/{projectId}/metadata/tasks/{taskId}/action", (context, dataArts) =>
        {
            var action = context.Request.Query["action"];
            if (action is not ("start" or "schedule" or "stop"))
                return Invalid("action must be start, schedule or stop.");
            var workspace = Workspace(context.Request);
            if (workspace is null) return Invalid("the workspace header is required.");
            return dataArts.Act(workspace, context.RouteValue("taskId"), action).ToReply();
        });

        routes.Map(HttpMethods.Post, "/v3/{projectId}/metadata/tasks/search", async (context, dataArts) =>
        {
            DataArtsStore.Search search;
            try
            {
                var body = await JsonBody.ReadObjectAsync(context);
                search = new DataArtsStore.Search(Workspace(context.Request),
                    JsonBody.String(body, "name"), JsonBody.String(body, "user_name"), JsonBody.String(body, "data_source_type"),
                    // Strings in the SDK's QueryTaskRequest; a number is accepted as well.
                    JsonBody.LongOrText(body, "start_time"), JsonBody.LongOrText(body, "end_time"),
                    JsonBody.Int(body, "limit") ?? 10, JsonBody.Int(body, "offset") ?? 0);
            }
            catch (JsonException)
            {
                return Invalid("the request body is not a valid JSON object.");
            }
            if (search.Limit is < 1 or > 100 || search.Offset < 0) return Invalid("limit must be 1-100 and offset >= 0.");
            return dataArts.Find(search).ToReply();
        });

        routes.Map(HttpMethods.Get, "/v3/{projectId}/metadata/tasks/{taskId}", (context, dataArts) =>
            dataArts.Show(Workspace(context.Request), context.RouteValue("taskId")).ToReply());
    }

    private static string? Workspace(HttpRequest request)
    {
        var value = request.Headers[WorkspaceHeader];
        return value.Length == 0 ? null : value;
    }

    private static IReply Invalid(string message) =>
        DataArtsStore.Error(StatusCodes.Status400BadRequest, DataArtsStore.InvalidParameter, "Invalid parameter: " + message).ToReply();
}
