using System.Text.Json.Nodes;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Hosting;

namespace HwTasks.Emulator.Admin;

/// <summary>Validates a POST /_emulator/chaos body into <see cref="ChaosSettings"/>; a missing rate is 0.</summary>
internal static class ChaosRequest
{
    private static readonly string[] Fields = { "seed", "status503", "drop", "afterProcessing" };

    public static (ChaosSettings? Settings, string? Problem) Parse(JsonObject? body)
    {
        if (body is null) return (null, "Send {\"seed\": n, \"status503\": rate, \"drop\": rate, \"afterProcessing\": rate}.");
        // A misspelt rate would silently be 0: refuse what this endpoint does not know.
        var unknown = body.Select(p => p.Key).FirstOrDefault(k => !Fields.Contains(k));
        if (unknown is not null) return (null, "Unknown field '" + unknown + "'; the fields are " + string.Join(", ", Fields) + ".");
        if (body["seed"] is not null && JsonBody.Int(body, "seed") is null) return (null, "seed must be an integer.");
        foreach (var rate in Fields.Skip(1))
            if (body[rate] is not null && JsonBody.Double(body, rate) is null) return (null, rate + " must be a number.");

        var settings = new ChaosSettings(
            JsonBody.Int(body, "seed") ?? 0,
            JsonBody.Double(body, "status503") ?? 0,
            JsonBody.Double(body, "drop") ?? 0,
            JsonBody.Double(body, "afterProcessing") ?? 0);
        var problem = settings.Problem();
        return problem is null ? (settings, null) : (null, problem);
    }
}
