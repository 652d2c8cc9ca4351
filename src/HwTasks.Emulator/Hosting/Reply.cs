using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Hosting;

/// <summary>Writes JSON exactly as built (field names and number/string types are part of the wire contract).</summary>
internal static class Reply
{
    public const string Json = "application/json";
    /// <summary>CDM and OMS say so explicitly; clients must cope with both spellings.</summary>
    public const string JsonUtf8 = "application/json;charset=UTF-8";

    public static readonly JsonSerializerOptions WireOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(WireOptions);

    public static IReply Of(JsonNode node, int status = StatusCodes.Status200OK, string contentType = Json) =>
        new TextReply(Serialize(node), status, contentType);

    /// <summary>A body sent with exactly this Content-Type.</summary>
    public static IReply Text(string text, int status, string contentType) => new TextReply(text, status, contentType);

    /// <summary>A success with no body at all (Content-Length: 0), as DataArts and OMS answer.</summary>
    public static IReply Empty(int status = StatusCodes.Status200OK) => new StatusOnly(status);

    public static Task WriteAsync(RequestContext context, int status, JsonNode node, string contentType = Json) =>
        WriteTextAsync(context, status, contentType, Serialize(node));

    public static Task WriteTextAsync(RequestContext context, int status, string contentType, string text)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(text, context.Aborted);
    }

    private sealed class TextReply(string text, int status, string contentType) : IReply
    {
        public Task WriteAsync(RequestContext context) => WriteTextAsync(context, status, contentType, text);
    }

    private sealed class StatusOnly(int status) : IReply
    {
        public Task WriteAsync(RequestContext context)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
    }
}
