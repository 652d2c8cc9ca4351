using System.Globalization;
using System.Text.Json.Nodes;

namespace HwTasks.Emulator.Services.Kafka;

/// <summary>A Kafka (DMS) instance as ListInstances describes it; its background tasks live in <see cref="KafkaInstanceTasks"/>.</summary>
internal sealed record KafkaInstance(string Id, string Name, string Status, string EngineVersion, string Specification, DateTimeOffset CreatedAt)
{
    /// <summary>The SDK's model ShowInstanceResp, in part: created_at is epoch milliseconds in a string.</summary>
    public JsonObject ToWire() => new()
    {
        ["name"] = Name,
        ["engine"] = "kafka",
        ["engine_version"] = EngineVersion,
        ["specification"] = Specification,
        ["storage_space"] = 600,
        ["partition_num"] = "750",
        ["used_storage_space"] = 12,
        ["port"] = 9092,
        ["status"] = Status,
        ["instance_id"] = Id,
        ["resource_spec_code"] = "dms.instance.kafka.cluster.c3.mini",
        ["charging_mode"] = 1,
        ["type"] = "cluster",
        ["created_at"] = CreatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        ["enable_auto_topic"] = false,
        ["storage_type"] = "hec",
    };
}
