using System.Text.Json;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.State;

namespace HwTasks.Emulator.Services.DataArts;

/// <summary>DataArts Studio metadata tasks under /v3/{project_id}/metadata/tasks.</summary>
internal static class DataArtsRoutes
{
    /// <summary>Lower-case on the wire; HTTP header names are case-insensitive anyway.</summary>
    public const string WorkspaceHeader = "workspace";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/v3/{projectId}/metadata/tasks/{taskId}/action", (string projectId, string taskId, HttpRequest request, EmulatorState state) =>
        {
            var action = request.Query["action"].ToString();
            if (action is not ("start" or "schedule" or "stop"))
                return Invalid("action must be start, schedule or stop.");
            var workspace = Workspace(request);
            if (workspace is null) return Invalid("the workspace header is required.");
            return state.Project(projectId).DataArts.Act(workspace, taskId, action).ToResult();
        });

        app.MapPost("/v3/{projectId}/metadata/tasks/search", async (string projectId, HttpRequest request, EmulatorState state) =>
        {
            DataArtsStore.Search search;
            try
            {
                var body = await JsonBody.ReadObjectAsync(request);
                search = new DataArtsStore.Search(Workspace(request),
                    JsonBody.String(body, "name"), JsonBody.String(body, "user_name"), JsonBody.String(body, "data_source_type"),
                    JsonBody.Long(body, "start_time"), JsonBody.Long(body, "end_time"),
                    JsonBody.Int(body, "limit") ?? 10, JsonBody.Int(body, "offset") ?? 0);
            }
            catch (JsonException)
            {
                return Invalid("the request body is not a valid JSON object.");
            }
            if (search.Limit is < 1 or > 100 || search.Offset < 0) return Invalid("limit must be 1-100 and offset >= 0.");
            return state.Project(projectId).DataArts.Find(search).ToResult();
        });

        app.MapGet("/v3/{projectId}/metadata/tasks/{taskId}", (string projectId, string taskId, HttpRequest request, EmulatorState state) =>
            state.Project(projectId).DataArts.Show(Workspace(request), taskId).ToResult());
    }

    private static string? Workspace(HttpRequest request)
    {
        var value = request.Headers[WorkspaceHeader].ToString();
        return value.Length == 0 ? null : value;
    }

    private static IResult Invalid(string message) =>
        DataArtsStore.Error(StatusCodes.Status400BadRequest, DataArtsStore.InvalidParameter, "Invalid parameter: " + message).ToResult();
}
