using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.Oms;

/// <summary>OMS object-storage sync tasks of one project.</summary>
internal sealed class OmsStore
{
    public const string Synchronizing = "SYNCHRONIZING";
    public const string Stopped = "STOPPED";

    private readonly object _gate = new();
    private readonly List<OmsSyncTask> _tasks = new();
    private readonly EmulatorClock _clock;

    public OmsStore(EmulatorClock clock, OmsSeed? seed)
    {
        _clock = clock;
        var now = clock.UtcNow;
        foreach (var definition in seed?.SyncTasks ?? new())
        {
            var task = new OmsSyncTask
            {
                Definition = definition,
                CreateTime = now - TimeSpan.FromHours(definition.CreatedHoursAgo),
                LastStartTime = definition.LastStartHoursAgo is { } ago ? now - TimeSpan.FromHours(ago) : null,
                Status = definition.Status == Synchronizing ? Synchronizing : Stopped,
            };
            if (task.Status == Synchronizing) task.SynchronizingSince = task.LastStartTime ?? now;
            _tasks.Add(task);
        }
    }

    public bool IsUrlListTask(string syncTaskId)
    {
        lock (_gate) return _tasks.FirstOrDefault(t => t.Definition.Id == syncTaskId)?.Definition.UrlList ?? false;
    }

    public Outcome Start(string syncTaskId)
    {
        lock (_gate)
        {
            var task = Find(syncTaskId);
            if (task is null) return NotFound(syncTaskId);
            if (task.Status == Synchronizing)
                return Error(StatusCodes.Status400BadRequest, "OMS.1101", "The sync task is already synchronizing.");
            var now = _clock.UtcNow;
            task.Status = Synchronizing;
            task.LastStartTime = now;
            task.SynchronizingSince = now;
            return Outcome.NoBody();
        }
    }

    public Outcome Stop(string syncTaskId)
    {
        lock (_gate)
        {
            var task = Find(syncTaskId);
            if (task is null) return NotFound(syncTaskId);
            if (task.Status != Synchronizing)
                return Error(StatusCodes.Status400BadRequest, "OMS.1102", "The sync task is not synchronizing.");
            var now = _clock.UtcNow;
            task.CopiedBefore = task.CopiedObjects(now) - task.Definition.MonthlySuccessObjects;
            task.SynchronizingSince = null;
            task.Status = Stopped;
            return Outcome.NoBody();
        }
    }

    public Outcome List(int limit, int offset, string? status)
    {
        lock (_gate)
        {
            var matching = _tasks
                .Where(t => status is null || t.Status == status)
                .OrderByDescending(t => t.CreateTime)
                .ThenBy(t => t.Definition.Id, StringComparer.Ordinal)
                .ToList();
            var now = _clock.UtcNow;
            return Outcome.Ok(new JsonObject
            {
                ["count"] = matching.Count,
                ["tasks"] = new JsonArray(matching.Skip(offset).Take(limit).Select(t => (JsonNode)Task(t, now, withCounters: false)).ToArray()),
            });
        }
    }

    public Outcome Show(string syncTaskId)
    {
        lock (_gate)
        {
            var task = Find(syncTaskId);
            return task is null ? NotFound(syncTaskId) : Outcome.Ok(Task(task, _clock.UtcNow, withCounters: true));
        }
    }

    public string? StatusOf(string syncTaskId)
    {
        lock (_gate) return Find(syncTaskId)?.Status;
    }

    public static Outcome Error(int status, string code, string message) =>
        new(status, new JsonObject { ["error_msg"] = message, ["error_code"] = code });

    private OmsSyncTask? Find(string id) => _tasks.FirstOrDefault(t => t.Definition.Id == id);

    private static Outcome NotFound(string id) =>
        Error(StatusCodes.Status404NotFound, "OMS.1103", $"The sync task {id} does not exist.");

    // The SDK's SyncTaskInfo (the list) and ShowSyncTaskResponse; only the second has the monthly
    // counters. Neither says whether a task migrates a URL list, so that stays inside (the seed's urlList).
    private static JsonObject Task(OmsSyncTask task, DateTimeOffset now, bool withCounters)
    {
        var d = task.Definition;
        var node = new JsonObject
        {
            ["sync_task_id"] = d.Id,
            ["src_cloud_type"] = d.SrcCloudType,
            ["src_region"] = d.SrcRegion,
            ["src_bucket"] = d.SrcBucket,
            ["dst_bucket"] = d.DstBucket,
            ["dst_region"] = d.DstRegion,
            ["description"] = d.Description,
            ["status"] = task.Status,
            ["create_time"] = task.CreateTime.ToUnixTimeMilliseconds(),
            ["last_start_time"] = task.LastStartTime?.ToUnixTimeMilliseconds(),
            ["enable_metadata_migration"] = false,
            ["enable_restore"] = false,
            ["object_overwrite_mode"] = "CRC64_COMPARISON_OVERWRITE",
            ["consistency_check"] = "crc64",
        };
        if (withCounters)
        {
            var copied = task.CopiedObjects(now);
            node["monthly_acceptance_request"] = copied + d.MonthlyFailureObjects + d.MonthlySkipObjects;
            node["monthly_success_object"] = copied;
            node["monthly_failure_object"] = d.MonthlyFailureObjects;
            node["monthly_skip_object"] = d.MonthlySkipObjects;
            node["monthly_size"] = copied * d.ObjectSizeBytes;
        }
        return node;
    }
}
