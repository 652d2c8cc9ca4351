using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

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

    public static IResult Of(JsonNode node, int status = StatusCodes.Status200OK, string contentType = Json) =>
        new ExactText(Serialize(node), status, contentType);

    /// <summary>A body sent with exactly this Content-Type (Results.Text would rewrite "charset=UTF-8" as "charset=utf-8").</summary>
    public static IResult Text(string text, int status, string contentType) => new ExactText(text, status, contentType);

    /// <summary>A success with no body at all (Content-Length: 0), as DataArts and OMS answer.</summary>
    public static IResult Empty(int status = StatusCodes.Status200OK) => Results.StatusCode(status);

    public static Task WriteAsync(HttpContext context, int status, JsonNode node, string contentType = Json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(Serialize(node), context.RequestAborted);
    }

    private sealed class ExactText(string text, int status, string contentType) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(text, context.RequestAborted);
        }
    }
}
