using System.Globalization;
using System.Text.Json.Nodes;

namespace HwTasks.Emulator.Services.Kafka;

/// <summary>A DMS background task (topic creation, retention change, ...) of one Kafka instance.</summary>
internal sealed record KafkaTask(
    string Id, string Name, string UserName, string UserId, string Params, string Status,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Sorts by creation time, then id, so equal times still have one order.</summary>
    public static readonly IComparer<KafkaTask> ByCreation = Comparer<KafkaTask>.Create((a, b) =>
    {
        var byTime = a.CreatedAt.CompareTo(b.CreatedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    });

    public JsonObject ToWire() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["user_name"] = UserName,
        ["user_id"] = UserId,
        ["params"] = Params,
        ["status"] = Status,
        ["created_at"] = Iso(CreatedAt),
        ["updated_at"] = Iso(UpdatedAt),
    };

    /// <summary>ISO-8601 UTC with milliseconds, e.g. 2020-05-15T03:19:51.046Z.</summary>
    public static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
