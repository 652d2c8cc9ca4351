using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Hosting;

namespace HwTasks.Emulator.Admin;

/// <summary>/_emulator/chaos: switch random faults on every request on (POST), look (GET) and off (DELETE).</summary>
internal static class ChaosRoutes
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/chaos", (ChaosFaults chaos) => Results.Json(SettingsNode(chaos.Settings), AdminRoutes.Json));
        admin.MapPost("/chaos", async (HttpRequest request, ChaosFaults chaos) =>
        {
            JsonObject? body;
            try
            {
                body = await JsonBody.ReadObjectAsync(request);
            }
            catch (JsonException)
            {
                return AdminRoutes.Problem("The body must be a JSON object.");
            }
            var (settings, problem) = ChaosRequest.Parse(body);
            if (settings is null) return AdminRoutes.Problem(problem!);
            chaos.Start(settings);
            return Results.Json(SettingsNode(settings), AdminRoutes.Json, statusCode: StatusCodes.Status201Created);
        });
        admin.MapDelete("/chaos", (ChaosFaults chaos) =>
        {
            chaos.Stop();
            return Results.NoContent();
        });
    }

    private static JsonObject SettingsNode(ChaosSettings? settings) => settings is null
        ? new JsonObject { ["enabled"] = false }
        : new JsonObject
        {
            ["enabled"] = true,
            ["seed"] = settings.Seed,
            ["status503"] = settings.Status503,
            ["drop"] = settings.Drop,
            ["afterProcessing"] = settings.AfterProcessing,
        };
}
