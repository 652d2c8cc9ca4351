using System.Globalization;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.State;

namespace HwTasks.Emulator.Services.Kafka;

/// <summary>Kafka (DMS) background tasks under /v2/{project_id}/instances/{instance_id}/tasks.</summary>
internal static class KafkaRoutes
{
    private const string TimeFormat = "yyyyMMddHHmmss";
    private const string InvalidParameter = "DMS.00400002";

    public static void Map(IEndpointRouteBuilder app)
    {
        const string tasks = "/v2/{projectId}/instances/{instanceId}/tasks";

        app.MapGet(tasks, (string projectId, string instanceId, HttpRequest request, EmulatorState state) =>
        {
            if (!QueryInt.TryRead(request, "start", 0, 0, int.MaxValue, out var start))
                return Invalid("start must be a non-negative integer.");
            if (!QueryInt.TryRead(request, "limit", 10, 1, 100, out var limit))
                return Invalid("limit must be an integer from 1 to 100.");
            if (!TryTime(request, "begin_time", out var begin) || !TryTime(request, "end_time", out var end))
                return Invalid("begin_time and end_time must be yyyyMMddHHmmss (UTC).");
            // end_time names a whole second: everything created within it is included (9999-12-31 23:59:59 too).
            var endExclusive = end is { } last && last < DateTimeOffset.MaxValue.AddSeconds(-1) ? last.AddSeconds(1) : end;
            return state.Project(projectId).Kafka.List(instanceId, begin, endExclusive, start, limit).ToResult();
        });

        app.MapGet(tasks + "/{taskId}", (string projectId, string instanceId, string taskId, EmulatorState state) =>
            state.Project(projectId).Kafka.Show(instanceId, taskId).ToResult());

        app.MapDelete(tasks + "/{taskId}", (string projectId, string instanceId, string taskId, EmulatorState state) =>
            state.Project(projectId).Kafka.Delete(instanceId, taskId).ToResult());
    }

    private static bool TryTime(HttpRequest request, string name, out DateTimeOffset? time)
    {
        time = null;
        var text = request.Query[name].ToString();
        if (text.Length == 0) return true;
        if (!DateTime.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)) return false;
        time = new DateTimeOffset(parsed, TimeSpan.Zero);
        return true;
    }

    private static IResult Invalid(string message) =>
        KafkaStore.Error(StatusCodes.Status400BadRequest, InvalidParameter, "Invalid request parameter: " + message).ToResult();
}
