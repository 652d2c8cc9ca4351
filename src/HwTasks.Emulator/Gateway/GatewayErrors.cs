using System.Text.Json.Nodes;

namespace HwTasks.Emulator.Gateway;

/// <summary>Bodies the API gateway (APIG) itself returns, before a request reaches a service.</summary>
public static class GatewayErrors
{
    public static JsonObject Body(HttpContext context, string code, string message) => new()
    {
        ["error_code"] = code,
        ["error_msg"] = message,
        ["request_id"] = RequestId.Of(context),
    };

    public static JsonObject RouteNotFound(HttpContext context) =>
        Body(context, "APIGW.0101", "The API does not exist or has not been published in the environment");

    public static JsonObject BodyTooLarge(HttpContext context, long limit) =>
        Body(context, "APIGW.0201", $"Request entity too large: the body exceeds {limit} bytes");
}
