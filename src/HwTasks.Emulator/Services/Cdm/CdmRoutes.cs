using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.State;

namespace HwTasks.Emulator.Services.Cdm;

/// <summary>CDM job operations under /v1.1/{project_id}/clusters/{cluster_id}/cdm/job/{job_name}.</summary>
internal static class CdmRoutes
{
    private const string JobPath = "/v1.1/{projectId}/clusters/{clusterId}/cdm/job/{jobName}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPut(JobPath + "/start", StartAsync);
        app.MapPut(JobPath + "/stop", (string projectId, string clusterId, string jobName, EmulatorState state) =>
            state.Project(projectId).Cdm.Stop(clusterId, jobName).ToResult(Reply.JsonUtf8));
        app.MapGet(JobPath + "/status", (string projectId, string clusterId, string jobName, EmulatorState state) =>
            state.Project(projectId).Cdm.Status(clusterId, jobName).ToResult(Reply.JsonUtf8));
        app.MapGet(JobPath, (string projectId, string clusterId, string jobName, HttpRequest request, EmulatorState state) =>
        {
            if (!QueryInt.TryRead(request, "page_no", 1, 1, int.MaxValue, out var pageNo) ||
                !QueryInt.TryRead(request, "page_size", 10, 1, 1000, out var pageSize))
                return BadRequest("page_no must be >= 1 and page_size between 1 and 1000.");
            return state.Project(projectId).Cdm.Jobs(clusterId, jobName, pageNo, pageSize).ToResult(Reply.JsonUtf8);
        });
    }

    private static async Task<IResult> StartAsync(string projectId, string clusterId, string jobName, HttpRequest request, EmulatorState state)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var body = await JsonBody.ReadObjectAsync(request);
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
        var user = request.HttpContext.Items[Auth.Caller.ItemKey] is Auth.Caller caller ? caller.Account.Name : "cdm";
        return state.Project(projectId).Cdm.Start(clusterId, jobName, variables, user).ToResult(Reply.JsonUtf8);
    }

    private static IResult BadRequest(string message) =>
        CdmStore.Error(StatusCodes.Status400BadRequest, "Cdm.0014", "Invalid parameter: " + message).ToResult(Reply.JsonUtf8);
}
