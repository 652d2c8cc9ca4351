using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Admin;

/// <summary>Test-control endpoints under /_emulator: no auth, never logged, not part of any cloud API.</summary>
internal static class AdminRoutes
{
    public const string Prefix = "/_emulator";

    /// <summary>Admin paths bypass the gateway (compared with case, as PathString.StartsWithSegments did).</summary>
    public static bool Owns(string path) =>
        path.StartsWith(Prefix, StringComparison.Ordinal) && (path.Length == Prefix.Length || path[Prefix.Length] == '/');

    public static void Map(Router router, EmulatorAdmin admin)
    {
        router.Map(HttpMethods.Get, Prefix + "/requests", _ => AdminJson.Ok(admin.Requests()));
        router.Map(HttpMethods.Delete, Prefix + "/requests", _ =>
        {
            admin.ClearRequests();
            return AdminJson.NoContent();
        });

        router.Map(HttpMethods.Get, Prefix + "/faults", _ => AdminJson.Ok(admin.Faults().Select(FaultNode).ToList()));
        router.Map(HttpMethods.Delete, Prefix + "/faults", _ =>
        {
            admin.ClearFaults();
            return AdminJson.NoContent();
        });
        router.Map(HttpMethods.Post, Prefix + "/faults", async context =>
        {
            JsonObject? body;
            try
            {
                body = await JsonBody.ReadObjectAsync(context);
            }
            catch (JsonException)
            {
                return AdminJson.Problem("The body must be a JSON object.");
            }
            var (rule, problem) = FaultRequest.Parse(body);
            return rule is null ? AdminJson.Problem(problem!) : AdminJson.Ok(FaultNode(admin.AddFault(rule)), StatusCodes.Status201Created);
        });

        ChaosRoutes.Map(router, admin);

        router.Map(HttpMethods.Post, Prefix + "/seed", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            try
            {
                admin.Seed(SeedLoader.Parse(await reader.ReadToEndAsync(context.Aborted)));
            }
            catch (JsonException e)
            {
                return AdminJson.Problem("The seed document is not valid: " + e.Message);
            }
            return AdminJson.NoContent();
        });
        router.Map(HttpMethods.Post, Prefix + "/reset", _ =>
        {
            admin.Reset();
            return AdminJson.NoContent();
        });

        router.Map(HttpMethods.Get, Prefix + "/clock", _ => AdminJson.Ok(ClockNode(admin.Clock)));
        // Skews the gateway's clock (X-Sdk-Date check and the Date header), not service time.
        // A body that is not JSON fails the handler: a bare 500, as it always has.
        router.Map(HttpMethods.Post, Prefix + "/gateway-clock", async context =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.Aborted);
            var offset = TimeSpan.FromSeconds(body?["offsetSeconds"]?.GetValue<double>() ?? 0);
            var now = admin.SkewGatewayClock(offset);
            return AdminJson.Ok(new { offsetSeconds = offset.TotalSeconds, now });
        });
        router.Map(HttpMethods.Post, Prefix + "/clock/advance", async context =>
        {
            double? seconds;
            try
            {
                seconds = (await JsonBody.ReadObjectAsync(context))?["seconds"]?.GetValue<double>();
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                seconds = null;
            }
            if (seconds is not >= 0) return AdminJson.Problem("Send {\"seconds\": n} with n >= 0.");
            admin.AdvanceClock(TimeSpan.FromSeconds(seconds.Value));
            return AdminJson.Ok(ClockNode(admin.Clock));
        });
        router.Map(HttpMethods.Post, Prefix + "/clock/rewind", _ =>
        {
            admin.RewindClock();
            return AdminJson.Ok(ClockNode(admin.Clock));
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
}
