using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.Kafka;

/// <summary>The Kafka (DMS) instances of one project and their background tasks.</summary>
internal sealed partial class KafkaStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, KafkaInstanceTasks> _instances = new(StringComparer.Ordinal);
    private readonly List<KafkaInstance> _instanceList = new();

    public KafkaStore(EmulatorClock clock, KafkaSeed? seed)
    {
        var now = clock.UtcNow;
        foreach (var instance in seed?.Instances ?? new())
        {
            var listed = instance.Tasks.Select(t =>
            {
                var created = t.CreatedAt ?? now - TimeSpan.FromHours(t.CreatedHoursAgo);
                return new KafkaTask(t.Id, t.Name, t.UserName, t.UserId, t.Params, t.Status,
                    created, created + TimeSpan.FromSeconds(t.DurationSeconds));
            });
            var generated = KafkaTaskGenerator.Generate(instance.Id, instance.GenerateTasks, now, instance.GenerateDays);
            _instances[instance.Id] = new KafkaInstanceTasks(listed.Concat(generated));
            _instanceList.Add(new KafkaInstance(instance.Id, instance.Name, instance.Status, instance.EngineVersion, instance.Specification,
                now - TimeSpan.FromHours(instance.CreatedHoursAgo)));
        }
    }

    public Outcome List(string instanceId, DateTimeOffset? from, DateTimeOffset? to, int start, int limit)
    {
        lock (_gate)
        {
            if (!_instances.TryGetValue(instanceId, out var tasks)) return InstanceMissing(instanceId);
            var (total, page) = tasks.Page(from, to, start, limit);
            return Outcome.Ok(Wire(total, page));
        }
    }

    public Outcome Show(string instanceId, string taskId)
    {
        lock (_gate)
        {
            if (!_instances.TryGetValue(instanceId, out var tasks)) return InstanceMissing(instanceId);
            var task = tasks.Find(taskId);
            return task is null ? TaskMissing(taskId) : Outcome.Ok(Wire(1, new[] { task }));
        }
    }

    /// <summary>Answers 204 No Content, as DMS does for deletions.</summary>
    public Outcome Delete(string instanceId, string taskId)
    {
        lock (_gate)
        {
            if (!_instances.TryGetValue(instanceId, out var tasks)) return InstanceMissing(instanceId);
            return tasks.Remove(taskId) ? Outcome.NoBody(StatusCodes.Status204NoContent) : TaskMissing(taskId);
        }
    }

    public static Outcome Error(int status, string code, string message) =>
        new(status, new JsonObject { ["error_code"] = code, ["error_msg"] = message });

    // task_count is a string on the wire.
    private static JsonObject Wire(int total, IEnumerable<KafkaTask> tasks) => new()
    {
        ["task_count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["tasks"] = new JsonArray(tasks.Select(t => (JsonNode)t.ToWire()).ToArray()),
    };

    private static Outcome InstanceMissing(string id) =>
        Error(StatusCodes.Status404NotFound, "DMS.00404022", $"The instance {id} does not exist.");

    private static Outcome TaskMissing(string id) =>
        Error(StatusCodes.Status404NotFound, "DMS.00404041", $"The background task {id} does not exist.");
}
