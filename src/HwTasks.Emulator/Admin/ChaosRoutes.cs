using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Admin;

/// <summary>/_emulator/chaos: switch random faults on every request on (POST), look (GET) and off (DELETE).</summary>
internal static class ChaosRoutes
{
    private const string Path = AdminRoutes.Prefix + "/chaos";

    public static void Map(Router router, EmulatorAdmin admin)
    {
        router.Map(HttpMethods.Get, Path, _ => AdminJson.Ok(SettingsNode(admin.Chaos())));
        router.Map(HttpMethods.Post, Path, async context =>
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
            var (settings, problem) = ChaosRequest.Parse(body);
            if (settings is null) return AdminJson.Problem(problem!);
            admin.StartChaos(settings);
            return AdminJson.Ok(SettingsNode(settings), StatusCodes.Status201Created);
        });
        router.Map(HttpMethods.Delete, Path, _ =>
        {
            admin.StopChaos();
            return AdminJson.NoContent();
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
