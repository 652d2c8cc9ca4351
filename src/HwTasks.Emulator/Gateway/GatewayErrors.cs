using System.Text.Json.Nodes;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Gateway;

/// <summary>Bodies the API gateway (APIG) itself returns, before a request reaches a service.</summary>
internal static class GatewayErrors
{
    public static JsonObject Body(RequestContext context, string code, string message) => new()
    {
        ["error_code"] = code,
        ["error_msg"] = message,
        ["request_id"] = context.RequestId,
    };

    public static JsonObject RouteNotFound(RequestContext context) =>
        Body(context, "APIGW.0101", "The API does not exist or has not been published in the environment");

    public static JsonObject BodyTooLarge(RequestContext context, long limit) =>
        Body(context, "APIGW.0201", $"Request entity too large: the body exceeds {limit} bytes");
}
