using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Hosting;

/// <summary>Reads a request body the gateway already buffered; services decide what "invalid" means.</summary>
internal static class JsonBody
{
    /// <summary>The body as a JSON object; null when empty. Throws <see cref="JsonException"/> when not an object.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(RequestContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.Aborted);
        if (buffer.Length == 0) return null;
        var node = JsonNode.Parse(buffer.ToArray());
        return node as JsonObject ?? throw new JsonException("The request body must be a JSON object.");
    }

    public static string? String(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static int? Int(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    public static double? Double(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;

    public static long? Long(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    /// <summary>A whole number sent as a number or as its decimal text (fields an SDK model types "str" that hold one).</summary>
    public static long? LongOrText(JsonObject? body, string name) =>
        Long(body, name) ?? (long.TryParse(String(body, name), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null);
}
