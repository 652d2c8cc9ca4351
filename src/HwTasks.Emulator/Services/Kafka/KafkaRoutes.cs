using System.Globalization;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Services.Kafka;

/// <summary>Kafka (DMS) background tasks under /v2/{project_id}/instances/{instance_id}/tasks, and the instances themselves.</summary>
internal static class KafkaRoutes
{
    private const string TimeFormat = "yyyyMMddHHmmss";
    public const string InvalidParameter = "DMS.00400002";

    public static void Map(ServiceRoutes<KafkaStore> routes)
    {
        const string tasks = "/v2/{projectId}/instances/{instanceId}/tasks";
        KafkaInstanceRoutes.Map(routes);

        routes.Map(HttpMethods.Get, tasks, (context, kafka) =>
        {
            var request = context.Request;
            if (!QueryInt.TryRead(request, "start", 0, 0, int.MaxValue, out var start))
                return Invalid("start must be a non-negative integer.");
            if (!QueryInt.TryRead(request, "limit", 10, 1, 100, out var limit))
                return Invalid("limit must be an integer from 1 to 100.");
            if (!TryTime(request, "begin_time", out var begin) || !TryTime(request, "end_time", out var end))
                return Invalid("begin_time and end_time must be yyyyMMddHHmmss (UTC).");
            // end_time names a whole second: everything created within it is included (9999-12-31 23:59:59 too).
            var endExclusive = end is { } last && last < DateTimeOffset.MaxValue.AddSeconds(-1) ? last.AddSeconds(1) : end;
            return kafka.List(context.RouteValue("instanceId"), begin, endExclusive, start, limit).ToReply();
        });

        routes.Map(HttpMethods.Get, tasks + "/{taskId}", (context, kafka) =>
            kafka.Show(context.RouteValue("instanceId"), context.RouteValue("taskId")).ToReply());

        routes.Map(HttpMethods.Delete, tasks + "/{taskId}", (context, kafka) =>
            kafka.Delete(context.RouteValue("instanceId"), context.RouteValue("taskId")).ToReply());
    }

    private static bool TryTime(HttpRequest request, string name, out DateTimeOffset? time)
    {
        time = null;
        var text = request.Query[name];
        if (text.Length == 0) return true;
        if (!DateTime.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)) return false;
        time = new DateTimeOffset(parsed, TimeSpan.Zero);
        return true;
    }

    private static IReply Invalid(string message) =>
        KafkaStore.Error(StatusCodes.Status400BadRequest, InvalidParameter, "Invalid request parameter: " + message).ToReply();
}
