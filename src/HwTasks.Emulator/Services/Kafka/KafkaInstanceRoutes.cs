using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Services.Kafka;

/// <summary>
/// ListInstances: GET /v2/{project_id}/instances?engine=kafka&amp;offset=&amp;limit= (the SDK's ListInstancesRequest;
/// limit 1 to 50, default 10). Every instance here is a Kafka one: another engine lists none.
/// </summary>
internal static class KafkaInstanceRoutes
{
    public static void Map(ServiceRoutes<KafkaStore> routes) =>
        routes.Map(HttpMethods.Get, "/v2/{projectId}/instances", (context, kafka) =>
        {
            var request = context.Request;
            if (!QueryInt.TryRead(request, "offset", 0, 0, int.MaxValue, out var offset) ||
                !QueryInt.TryRead(request, "limit", 10, 1, 50, out var limit))
                return KafkaStore.Error(StatusCodes.Status400BadRequest, KafkaRoutes.InvalidParameter,
                    "Invalid request parameter: offset must be a non-negative integer and limit an integer from 1 to 50.").ToReply();
            var engine = request.Query["engine"];
            return kafka.Instances(engine.Length == 0 || engine == "kafka", offset, limit).ToReply();
        });
}
