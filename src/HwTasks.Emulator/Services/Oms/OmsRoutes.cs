using System.Text.Json;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.State;

namespace HwTasks.Emulator.Services.Oms;

/// <summary>OMS sync tasks under /v2/{project_id}/sync-tasks.</summary>
internal static class OmsRoutes
{
    private const string InvalidParameter = "OMS.0002";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/v2/{projectId}/sync-tasks/{syncTaskId}/start", async (string projectId, string syncTaskId, HttpRequest request, EmulatorState state) =>
        {
            var oms = state.Project(projectId).Oms;
            if (oms.StatusOf(syncTaskId) is null) return oms.Show(syncTaskId).ToResult(Reply.JsonUtf8);
            string? problem;
            try
            {
                problem = OmsStartRequest.Validate(await JsonBody.ReadObjectAsync(request), oms.IsUrlListTask(syncTaskId));
            }
            catch (JsonException)
            {
                problem = "The request body is not a valid JSON object.";
            }
            return problem is not null
                ? OmsStore.Error(StatusCodes.Status400BadRequest, InvalidParameter, problem).ToResult(Reply.JsonUtf8)
                : oms.Start(syncTaskId).ToResult(Reply.JsonUtf8);
        });

        app.MapPost("/v2/{projectId}/sync-tasks/{syncTaskId}/stop", (string projectId, string syncTaskId, EmulatorState state) =>
            state.Project(projectId).Oms.Stop(syncTaskId).ToResult(Reply.JsonUtf8));

        app.MapGet("/v2/{projectId}/sync-tasks/{syncTaskId}", (string projectId, string syncTaskId, EmulatorState state) =>
            state.Project(projectId).Oms.Show(syncTaskId).ToResult(Reply.JsonUtf8));

        app.MapGet("/v2/{projectId}/sync-tasks", (string projectId, HttpRequest request, EmulatorState state) =>
        {
            var status = request.Query["status"].ToString();
            if (!QueryInt.TryRead(request, "limit", 10, 1, 100, out var limit) ||
                !QueryInt.TryRead(request, "offset", 0, 0, int.MaxValue, out var offset) ||
                status is not ("" or OmsStore.Synchronizing or OmsStore.Stopped))
            {
                return OmsStore.Error(StatusCodes.Status400BadRequest, InvalidParameter,
                    "limit must be 1-100, offset >= 0, status SYNCHRONIZING or STOPPED.").ToResult(Reply.JsonUtf8);
            }
            return state.Project(projectId).Oms.List(limit, offset, status.Length == 0 ? null : status).ToResult(Reply.JsonUtf8);
        });
    }
}
