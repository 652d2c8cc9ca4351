using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Services.Cdm;

/// <summary>CDM job operations under /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}, and the clusters themselves.</summary>
internal static class CdmRoutes
{
    private const string JobPath = "/v1.1/{projectId}/clusters/{clusterId}/cdm/job/{jobName}";

    public static void Map(ServiceRoutes<CdmStore> routes)
    {
        CdmClusterRoutes.Map(routes);
        routes.Map(HttpMethods.Put, JobPath + "/start", StartAsync);
        routes.Map(HttpMethods.Put, JobPath + "/stop", (context, cdm) =>
            cdm.Stop(context.RouteValue("clusterId"), context.RouteValue("jobName")).ToReply(Reply.JsonUtf8));
        routes.Map(HttpMethods.Get, JobPath + "/status", (context, cdm) =>
            cdm.Status(context.RouteValue("clusterId"), context.RouteValue("jobName")).ToReply(Reply.JsonUtf8));
        routes.Map(HttpMethods.Get, JobPath, (context, cdm) =>
        {
            if (!QueryInt.TryRead(context.Request, "page_no", 1, 1, int.MaxValue, out var pageNo) ||
                !QueryInt.TryRead(context.Request, "page_size", 10, 1, 1000, out var pageSize))
                return BadRequest("page_no must be >= 1 and page_size between 1 and 1000.");
            return cdm.Jobs(context.RouteValue("clusterId"), context.RouteValue("jobName"), pageNo, pageSize).ToReply(Reply.JsonUtf8);
        });
    }

    private static async Task<IReply> StartAsync(RequestContext context, CdmStore cdm)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var body = await JsonBody.ReadObjectAsync(context);
            if (body?["variables"] is { } node)
            {
                if (node is not JsonObject given)
                    return BadRequest("The variables must be a JSON object.");
                foreach (var (name, value) in given)
                {
                    if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
                        return BadRequest($"The value of variable [{name}] must be a string.");
                    variables[name] = text.GetValue<string>();
                }
            }
        }
        catch (JsonException)
        {
            return BadRequest("The request body is not a valid JSON object.");
        }
        var user = context.Caller?.Account.Name ?? "cdm";
        return cdm.Start(context.RouteValue("clusterId"), context.RouteValue("jobName"), variables, user).ToReply(Reply.JsonUtf8);
    }

    private static IReply BadRequest(string message) =>
        CdmStore.Error(StatusCodes.Status400BadRequest, "Cdm.0014", "Invalid parameter: " + message).ToReply(Reply.JsonUtf8);
}
