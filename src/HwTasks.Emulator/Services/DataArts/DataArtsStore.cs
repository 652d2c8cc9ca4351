using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.DataArts;

/// <summary>DataArts Studio metadata collection tasks of one project, across its workspaces.</summary>
internal sealed partial class DataArtsStore
{
    public const string InvalidParameter = "DLG.0001";
    private const string NotFound = "DLG.0404";
    private const string Conflict = "DLG.0409";

    private readonly object _gate = new();
    private readonly List<MetadataTask> _tasks = new();
    private readonly List<DataArtsInstance> _instances = new();
    private readonly List<DataArtsWorkspace> _workspaces = new();
    private readonly EmulatorClock _clock;

    public DataArtsStore(EmulatorClock clock, DataArtsSeed? seed)
    {
        _clock = clock;
        var now = clock.UtcNow;
        SeedWorkspaces(seed, now);
        foreach (var workspace in seed?.Workspaces ?? new())
        foreach (var t in workspace.Tasks)
        {
            var created = now - TimeSpan.FromHours(t.CreatedHoursAgo);
            var schedule = CronSchedule.TryParse(t.CronExpression);
            var task = new MetadataTask
            {
                Id = t.Id, WorkspaceId = workspace.Id, Name = t.Name, Description = t.Description,
                UserName = t.UserName, DataSourceType = t.DataSourceType, CronExpression = t.CronExpression,
                Schedule = schedule, CreateTime = created, UpdateTime = created,
                ScheduleEnabled = t.ScheduleEnabled && schedule is not null,
                NextRunTime = t.ScheduleEnabled ? schedule?.Next(now) : null,
                RunTime = TimeSpan.FromSeconds(t.RunSeconds), Fails = t.Fails,
            };
            if (t.LastRunHoursAgo is { } ago) task.LastRun = new MetadataRun(now - TimeSpan.FromHours(ago), task.RunTime, t.Fails);
            _tasks.Add(task);
        }
    }

    /// <summary>start runs now; schedule enables the cron schedule; stop disables it and stops a running run.</summary>
    public Outcome Act(string workspaceId, string taskId, string action)
    {
        lock (_gate)
        {
            var task = _tasks.FirstOrDefault(t => t.Id == taskId && t.WorkspaceId == workspaceId);
            if (task is null) return Error(StatusCodes.Status404NotFound, NotFound, $"Task {taskId} does not exist in workspace {workspaceId}.");
            var now = _clock.UtcNow;
            CatchUp(task, now);
            switch (action)
            {
                case "start":
                    if (task.LastRun?.StatusAt(now) == "RUNNING")
                        return Error(StatusCodes.Status400BadRequest, Conflict, $"Task {taskId} is already running.");
                    task.LastRun = new MetadataRun(now, task.RunTime, task.Fails);
                    break;
                case "schedule":
                    if (task.Schedule is null)
                        return Error(StatusCodes.Status400BadRequest, InvalidParameter, $"Task {taskId} has an invalid cron expression.");
                    task.ScheduleEnabled = true;
                    task.NextRunTime = task.Schedule.Next(now);
                    break;
                case "stop":
                    task.ScheduleEnabled = false;
                    task.NextRunTime = null;
                    if (task.LastRun is { } run && run.StatusAt(now) == "RUNNING") run.StoppedAt = now;
                    break;
            }
            task.UpdateTime = now;
            return Outcome.NoBody();
        }
    }

    public Outcome Show(string? workspaceId, string taskId)
    {
        lock (_gate)
        {
            var task = _tasks.FirstOrDefault(t => t.Id == taskId && (workspaceId is null || t.WorkspaceId == workspaceId));
            if (task is null) return Error(StatusCodes.Status404NotFound, NotFound, $"Task {taskId} does not exist.");
            var now = _clock.UtcNow;
            CatchUp(task, now);
            return Outcome.Ok(DataArtsWire.Task(task, now));
        }
    }

    public sealed record Search(string? WorkspaceId, string? Name, string? UserName, string? DataSourceType,
        long? StartTime, long? EndTime, int Limit, int Offset);

    /// <summary>count is the number of resources in this page, total_records all matches.</summary>
    public Outcome Find(Search search)
    {
        lock (_gate)
        {
            var now = _clock.UtcNow;
            var matching = _tasks.Where(t =>
                    (search.WorkspaceId is null || t.WorkspaceId == search.WorkspaceId) &&
                    (string.IsNullOrEmpty(search.Name) || t.Name.Contains(search.Name, StringComparison.OrdinalIgnoreCase)) &&
                    (string.IsNullOrEmpty(search.UserName) || t.UserName == search.UserName) &&
                    (string.IsNullOrEmpty(search.DataSourceType) || string.Equals(t.DataSourceType, search.DataSourceType, StringComparison.OrdinalIgnoreCase)) &&
                    (search.StartTime is null || t.CreateTime.ToUnixTimeMilliseconds() >= search.StartTime) &&
                    (search.EndTime is null || t.CreateTime.ToUnixTimeMilliseconds() <= search.EndTime))
                .OrderByDescending(t => t.CreateTime).ThenBy(t => t.Id, StringComparer.Ordinal)
                .ToList();
            var page = matching.Skip(search.Offset).Take(search.Limit).ToList();
            foreach (var task in page) CatchUp(task, now);
            return Outcome.Ok(new JsonObject
            {
                ["count"] = page.Count,
                ["total_records"] = matching.Count,
                ["resources"] = new JsonArray(page.Select(t => (JsonNode)DataArtsWire.Task(t, now)).ToArray()),
            });
        }
    }

    public static Outcome Error(int status, string code, string message) =>
        new(status, new JsonObject { ["error_code"] = code, ["error_msg"] = message });

    /// <summary>
    /// Scheduled runs happen lazily: when the clock has passed next_run_time, the latest due tick
    /// becomes the last run (unless a run was still going) and the schedule moves on.
    /// </summary>
    private static void CatchUp(MetadataTask task, DateTimeOffset now)
    {
        if (!task.ScheduleEnabled || task.NextRunTime is not { } due || due > now || task.Schedule is null) return;
        var latest = due;
        for (var i = 0; i < 10_000 && task.Schedule.Next(latest) is { } next && next <= now; i++) latest = next;
        if (task.LastRun?.StatusAt(latest) != "RUNNING") task.LastRun = new MetadataRun(latest, task.RunTime, task.Fails);
        task.NextRunTime = task.Schedule.Next(now);
    }
}
