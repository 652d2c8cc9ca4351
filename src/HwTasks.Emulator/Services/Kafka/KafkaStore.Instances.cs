using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;

namespace HwTasks.Emulator.Services.Kafka;

internal sealed partial class KafkaStore
{
    /// <summary>ListInstances: newest first; instance_num counts every match, whatever the page.</summary>
    public Outcome Instances(bool kafkaEngine, int offset, int limit)
    {
        lock (_gate)
        {
            var matching = kafkaEngine ? _instanceList.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList() : new();
            var page = matching.Skip(offset).Take(limit).Select(i => (JsonNode)i.ToWire()).ToArray();
            return Outcome.Ok(new JsonObject { ["instances"] = new JsonArray(page), ["instance_num"] = matching.Count });
        }
    }
}
