using System.Text.Json;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Services.Aom;

/// <summary>AOM workflows under /v1/{project_id}/cms.</summary>
internal static class AomRoutes
{
    /// <summary>The success body is literally these 11 bytes, which are not valid JSON.</summary>
    public const string SuccessBody = "{\"success\"}";

    private static readonly HashSet<string> WorkflowTypes = new(StringComparer.Ordinal) { "cron", "event", "manual" };

    public static void Map(ServiceRoutes<AomStore> routes)
    {
        routes.Map(HttpMethods.Put, "/v1/{projectId}/cms/workflow/{workflowId}/trigger/action", (context, aom) =>
        {
            var action = context.Request.Query["action"];
            var workflowId = context.RouteValue("workflowId");
            if (action is not (AomStore.Enabled or AomStore.Disabled) || workflowId.Length > 64)
                return InvalidParam();
            var outcome = aom.SetTrigger(workflowId, action == AomStore.Enabled);
            return outcome.Status == StatusCodes.Status200OK
                ? Reply.Text(SuccessBody, StatusCodes.Status200OK, Reply.Json)
                : outcome.ToReply();
        });

        routes.Map(HttpMethods.Post, "/v1/{projectId}/cms/workflow-list", async (context, aom) =>
        {
            AomStore.Query query;
            try
            {
                var body = await JsonBody.ReadObjectAsync(context);
                query = new AomStore.Query(
                    JsonBody.String(body, "search"),
                    JsonBody.String(body, "type"),
                    JsonBody.String(body, "status"),
                    JsonBody.Int(body, "page") ?? 0,
                    JsonBody.Int(body, "size") ?? 10,
                    JsonBody.String(body, "sort_field") ?? "create_time",
                    !string.Equals(JsonBody.String(body, "sort_type"), "asc", StringComparison.OrdinalIgnoreCase));
            }
            catch (JsonException)
            {
                return InvalidParam();
            }
            if (query.Page < 0 || query.Size is < 1 or > 1000 || (query.Type is { Length: > 0 } t && !WorkflowTypes.Contains(t)))
                return InvalidParam();
            return aom.List(query).ToReply();
        });
    }

    private static IReply InvalidParam() =>
        AomStore.Error(StatusCodes.Status400BadRequest, "AOM.31001302", "Invalid param").ToReply();
}
