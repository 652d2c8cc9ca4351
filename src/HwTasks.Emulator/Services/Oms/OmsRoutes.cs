using System.Text.Json;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Services.Oms;

/// <summary>OMS sync tasks under /v2/{project_id}/sync-tasks.</summary>
internal static class OmsRoutes
{
    private const string InvalidParameter = "OMS.0002";

    public static void Map(ServiceRoutes<OmsStore> routes)
    {
        // The start body carries the buckets' AK/SKs: the request log keeps none of its values.
        routes.Map(HttpMethods.Post, "/v2/{projectId}/sync-tasks/{syncTaskId}/start", async (context, oms) =>
        {
            var syncTaskId = context.RouteValue("syncTaskId");
            if (oms.StatusOf(syncTaskId) is null) return oms.Show(syncTaskId).ToReply(Reply.JsonUtf8);
            string? problem;
            try
            {
                problem = OmsStartRequest.Validate(await JsonBody.ReadObjectAsync(context), oms.IsUrlListTask(syncTaskId));
            }
            catch (JsonException)
            {
                problem = "The request body is not a valid JSON object.";
            }
            return problem is not null
                ? OmsStore.Error(StatusCodes.Status400BadRequest, InvalidParameter, problem).ToReply(Reply.JsonUtf8)
                : oms.Start(syncTaskId).ToReply(Reply.JsonUtf8);
        }).WithSecretBody();

        routes.Map(HttpMethods.Post, "/v2/{projectId}/sync-tasks/{syncTaskId}/stop", (context, oms) =>
            oms.Stop(context.RouteValue("syncTaskId")).ToReply(Reply.JsonUtf8));

        routes.Map(HttpMethods.Get, "/v2/{projectId}/sync-tasks/{syncTaskId}", (context, oms) =>
            oms.Show(context.RouteValue("syncTaskId")).ToReply(Reply.JsonUtf8));

        routes.Map(HttpMethods.Get, "/v2/{projectId}/sync-tasks", (context, oms) =>
        {
            var status = context.Request.Query["status"];
            if (!QueryInt.TryRead(context.Request, "limit", 10, 1, 100, out var limit) ||
                !QueryInt.TryRead(context.Request, "offset", 0, 0, int.MaxValue, out var offset) ||
                status is not ("" or OmsStore.Synchronizing or OmsStore.Stopped))
            {
                return OmsStore.Error(StatusCodes.Status400BadRequest, InvalidParameter,
                    "limit must be 1-100, offset >= 0, status SYNCHRONIZING or STOPPED.").ToReply(Reply.JsonUtf8);
            }
            return oms.List(limit, offset, status.Length == 0 ? null : status).ToReply(Reply.JsonUtf8);
        });
    }
}
