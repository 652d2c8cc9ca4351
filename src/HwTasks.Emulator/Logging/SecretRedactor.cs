using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Logging;

/// <summary>
/// Keeps credentials out of the request log: auth headers always, every string value of the
/// bodies of routes that say they carry secrets (OMS start: bucket AK/SKs; IAM token: the
/// password), and the values of secret-named fields in any other JSON body.
/// </summary>
internal static class SecretRedactor
{
    public const string Redacted = "REDACTED";

    public static IReadOnlyDictionary<string, string> Headers(HttpHeaders headers)
    {
        var copy = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
            copy[header.Key] = Core.Http.SecretHeaders.IsSecret(header.Key) ? Redacted : header.Value;
        return copy;
    }

    /// <summary>The body as text for the log; for a route that carries secrets every string value is replaced.</summary>
    public static string Body(bool carriesSecrets, byte[] body)
    {
        if (body.Length == 0) return string.Empty;
        // Any other JSON body still loses the values of secret-named fields, by the module's own rule.
        if (!carriesSecrets) return Core.Http.SecretFields.RedactJson(body) ?? Encoding.UTF8.GetString(body);
        try
        {
            var node = JsonNode.Parse(body);
            return node is null ? Redacted : Reply.Serialize(RedactStrings(node)!);
        }
        catch (JsonException)
        {
            // Not JSON: nothing can be kept safely.
            return Redacted;
        }
    }

    // Builds a new tree: nodes cannot be re-parented in place.
    private static JsonNode? RedactStrings(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, RedactStrings(p.Value)))),
        JsonArray array => new JsonArray(array.Select(RedactStrings).ToArray()),
        _ => node.GetValueKind() == JsonValueKind.String ? JsonValue.Create(Redacted) : node.DeepClone(),
    };
}
