using System.Text.Json.Nodes;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Admin;

/// <summary>Validates a POST /_emulator/faults body into a <see cref="FaultRule"/>.</summary>
internal static class FaultRequest
{
    public static (FaultRule? Rule, string? Problem) Parse(JsonObject? body)
    {
        var path = JsonBody.String(body, "path");
        if (string.IsNullOrWhiteSpace(path) || !path.StartsWith('/')) return (null, "path is required and must start with '/'.");
        if (!FaultKinds.TryParse(JsonBody.String(body, "kind"), out var kind))
            return (null, "kind must be status, latency, truncated, non-json, empty, drop, oversize or body.");
        var count = JsonBody.Int(body, "count") ?? 1;
        if (count < 1) return (null, "count must be at least 1.");
        var status = JsonBody.Int(body, "status");
        if (kind == FaultKind.Status && status is { } s && (s < 400 || s > 599)) return (null, "status must be 400-599.");
        if (kind == FaultKind.Body && status is { } b && (b < 200 || b > 599)) return (null, "status must be 200-599.");
        var text = JsonBody.String(body, "body");
        if (kind == FaultKind.Body && text is null) return (null, "body is required for kind body.");
        var latency = JsonBody.Int(body, "latencyMs");
        if (latency is < 0) return (null, "latencyMs must be >= 0.");
        var size = JsonBody.Long(body, "sizeBytes");
        if (size is < 1) return (null, "sizeBytes must be positive.");

        return (new FaultRule(
            Id: "",
            Method: JsonBody.String(body, "method")?.ToUpperInvariant(),
            Path: path,
            Kind: kind,
            Remaining: count,
            Status: kind == FaultKind.Status ? status ?? StatusCodes.Status500InternalServerError : kind == FaultKind.Body ? status ?? StatusCodes.Status200OK : status,
            RetryAfterSeconds: JsonBody.Int(body, "retryAfterSeconds"),
            LatencyMs: kind == FaultKind.Latency ? latency ?? 1000 : latency,
            SizeBytes: kind == FaultKind.Oversize ? size ?? FaultRule.DefaultOversizeBytes : size,
            AfterProcessing: body?["afterProcessing"] is JsonValue v && v.TryGetValue<bool>(out var after) && after,
            Body: text,
            ContentType: JsonBody.String(body, "contentType")), null);
    }
}
