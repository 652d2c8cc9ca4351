using System.Text.Json;
using System.Text.Json.Nodes;

namespace HwTasks.Emulator.Services.Oms;

/// <summary>
/// Validates the StartSyncTask body. It carries bucket credentials: error messages name the
/// offending field, never its value, and the values are dropped as soon as they are checked.
/// </summary>
internal static class OmsStartRequest
{
    private static readonly (string Name, int Min, int Max)[] KeyFields =
    {
        ("src_ak", 1, 100), ("src_sk", 1, 100), ("dst_ak", 1, 100), ("dst_sk", 1, 100),
        ("source_cdn_authentication_key", 0, 255),
    };

    /// <returns>Null when valid, else a message for the 400 answer.</returns>
    public static string? Validate(JsonObject? body, bool urlListTask)
    {
        if (body is null) return "The request body is required.";
        foreach (var (name, min, max) in KeyFields)
        {
            var node = body[name];
            if (node is null)
            {
                var required = name is "dst_ak" or "dst_sk" || (!urlListTask && name is "src_ak" or "src_sk");
                if (required) return $"Parameter {name} is required.";
                continue;
            }
            if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
                return $"Parameter {name} must be a string.";
            var length = value.GetValue<string>().Length;
            if (length < min || length > max)
                return $"Parameter {name} must be {min} to {max} characters long.";
        }
        return null;
    }
}
