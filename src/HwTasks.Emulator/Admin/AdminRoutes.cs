using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Logging;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.State;

namespace HwTasks.Emulator.Admin;

/// <summary>Test-control endpoints under /_emulator: no auth, never logged, not part of any cloud API.</summary>
internal static class AdminRoutes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/_emulator");

        admin.MapGet("/requests", (RequestLog log) => Results.Json(log.Snapshot(), Json));
        admin.MapDelete("/requests", (RequestLog log) =>
        {
            log.Clear();
            return Results.NoContent();
        });

        admin.MapGet("/faults", (FaultRegistry faults) => Results.Json(faults.Snapshot().Select(FaultNode), Json));
        admin.MapDelete("/faults", (FaultRegistry faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        admin.MapPost("/faults", async (HttpRequest request, FaultRegistry faults) =>
        {
            JsonObject? body;
            try
            {
                body = await JsonBody.ReadObjectAsync(request);
            }
            catch (JsonException)
            {
                return Problem("The body must be a JSON object.");
            }
            var (rule, problem) = FaultRequest.Parse(body);
            return rule is null ? Problem(problem!) : Results.Json(FaultNode(faults.Add(rule)), Json, statusCode: StatusCodes.Status201Created);
        });

        ChaosRoutes.Map(admin);

        admin.MapPost("/seed", async (HttpRequest request, EmulatorState state) =>
        {
            using var reader = new StreamReader(request.Body);
            try
            {
                state.Load(SeedLoader.Parse(await reader.ReadToEndAsync()));
            }
            catch (JsonException e)
            {
                return Problem("The seed document is not valid: " + e.Message);
            }
            return Results.NoContent();
        });
        admin.MapPost("/reset", (EmulatorState state, Gateway.GatewayClock gateway) =>
        {
            state.Load(SeedLoader.Default());
            gateway.Offset = TimeSpan.Zero;
            return Results.NoContent();
        });

        admin.MapGet("/clock", (EmulatorClock clock) => Results.Json(ClockNode(clock), Json));
        // Skews the gateway's clock (X-Sdk-Date check and the Date header), not service time.
        admin.MapPost("/gateway-clock", async (HttpRequest request, Gateway.GatewayClock gateway) =>
        {
            var body = await System.Text.Json.Nodes.JsonNode.ParseAsync(request.Body);
            gateway.Offset = TimeSpan.FromSeconds(body?["offsetSeconds"]?.GetValue<double>() ?? 0);
            return Results.Json(new { offsetSeconds = gateway.Offset.TotalSeconds, now = gateway.GetUtcNow() }, Json);
        });
        admin.MapPost("/clock/advance", async (HttpRequest request, EmulatorClock clock) =>
        {
            double? seconds;
            try
            {
                seconds = (await JsonBody.ReadObjectAsync(request))?["seconds"]?.GetValue<double>();
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                seconds = null;
            }
            if (seconds is not >= 0) return Problem("Send {\"seconds\": n} with n >= 0.");
            clock.Advance(TimeSpan.FromSeconds(seconds.Value));
            return Results.Json(ClockNode(clock), Json);
        });
    }

    private static JsonObject ClockNode(EmulatorClock clock) => new()
    {
        ["mode"] = clock.IsManual ? "manual" : "real",
        ["now"] = clock.UtcNow.UtcDateTime.ToString("O"),
        ["epochMs"] = clock.NowMilliseconds,
    };

    private static JsonObject FaultNode(FaultRule rule) => new()
    {
        ["id"] = rule.Id,
        ["method"] = rule.Method,
        ["path"] = rule.Path,
        ["kind"] = rule.Kind.WireName(),
        ["count"] = rule.Remaining,
        ["status"] = rule.Status,
        ["retryAfterSeconds"] = rule.RetryAfterSeconds,
        ["latencyMs"] = rule.LatencyMs,
        ["sizeBytes"] = rule.SizeBytes,
        ["afterProcessing"] = rule.AfterProcessing,
        ["body"] = rule.Body,
        ["contentType"] = rule.ContentType,
    };

    internal static IResult Problem(string message) =>
        Results.Json(new JsonObject { ["error"] = message }, Json, statusCode: StatusCodes.Status400BadRequest);
}
