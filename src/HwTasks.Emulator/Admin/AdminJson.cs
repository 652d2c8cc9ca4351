using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Admin;

/// <summary>The admin API's answers: camelCase JSON as "application/json; charset=utf-8" (what ASP.NET Core's Results.Json sent).</summary>
internal static class AdminJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReply Ok(object value, int status = StatusCodes.Status200OK) =>
        Reply.Text(JsonSerializer.Serialize(value, value.GetType(), Options), status, ContentType);

    public static IReply NoContent() => Reply.Empty(StatusCodes.Status204NoContent);

    public static IReply Problem(string message) => Ok(new JsonObject { ["error"] = message }, StatusCodes.Status400BadRequest);
}
