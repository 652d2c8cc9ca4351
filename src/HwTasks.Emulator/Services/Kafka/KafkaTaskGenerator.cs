using System.Text.Json.Nodes;
using HwTasks.Core.Auth.Signing;
using HwTasks.Emulator.Hosting;

namespace HwTasks.Emulator.Services.Kafka;

/// <summary>
/// Deterministic, plausible background tasks for large seeds (the same instance id and count
/// always give the same tasks relative to the seeding time).
/// </summary>
internal static class KafkaTaskGenerator
{
    private const string PlatformUserId = "3df5acbc24a54fadb62a043c9000a307";

    private static readonly string[] Names =
    {
        "createTopic", "deleteTopic", "modifyAutoTopic", "changeRetentionPolicy", "extendPartition",
        "resetUserPassword", "createUser", "modifyInstanceSpec", "restartInstance", "kafkaManager",
    };

    public static IEnumerable<KafkaTask> Generate(string instanceId, int count, DateTimeOffset now, double days)
    {
        var random = new Random(StableHash(instanceId));
        var span = TimeSpan.FromDays(days);
        var idBytes = new byte[16];
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(idBytes);
            var created = now - span * random.NextDouble();
            created = DateTimeOffset.FromUnixTimeMilliseconds(created.ToUnixTimeMilliseconds());
            var name = Names[random.Next(Names.Length)];
            var recent = now - created < TimeSpan.FromMinutes(2);
            var roll = random.Next(100);
            var status = recent ? "EXECUTING" : roll < 85 ? "SUCCESS" : roll < 95 ? "FAILED" : "CANCELLED";
            var updated = recent ? created : created + TimeSpan.FromMilliseconds(random.Next(200, 60_000));
            yield return new KafkaTask(Hex.Lower(idBytes), name, "paas_dms", PlatformUserId,
                ParamsFor(name, random), status, created, updated);
        }
    }

    private static string ParamsFor(string name, Random random)
    {
        JsonObject node = name switch
        {
            "createTopic" or "deleteTopic" => new() { ["topic_name"] = $"topic-{random.Next(1, 500):D3}" },
            "modifyAutoTopic" => new() { ["old_auto_status"] = random.Next(2) == 0, ["new_auto_status"] = random.Next(2) == 0 },
            "changeRetentionPolicy" => new() { ["new_retention_policy"] = "produce_reject", ["origin_retention_policy"] = "time_base" },
            "extendPartition" => new() { ["topic_name"] = $"topic-{random.Next(1, 500):D3}", ["partition"] = random.Next(3, 64) },
            _ => new(),
        };
        return Reply.Serialize(node);
    }

    // string.GetHashCode is randomized per process; generation must be reproducible.
    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text) hash = (hash ^ c) * 16777619;
            return hash;
        }
    }
}
