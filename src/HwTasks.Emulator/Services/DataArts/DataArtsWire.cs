using System.Text.Json.Nodes;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.DataArts;

/// <summary>
/// A metadata collection task as ShowTaskInfo and ShowTaskList send it, in the types of the SDK's
/// MetadataCollectionTask and SchedulerInfo (docs/EMULATOR.md, Fidelity): every time is a string,
/// here epoch milliseconds as text, and schedule_config.enabled is 1 or 0, not a boolean.
/// </summary>
internal static class DataArtsWire
{
    public static JsonObject Task(MetadataTask t, DateTimeOffset now) => new()
    {
        ["id"] = t.Id,
        ["name"] = t.Name,
        ["description"] = t.Description,
        ["user_name"] = t.UserName,
        ["data_source_type"] = t.DataSourceType,
        ["create_time"] = EpochMillisecondsText.Of(t.CreateTime),
        ["update_time"] = EpochMillisecondsText.Of(t.UpdateTime),
        ["schedule_config"] = new JsonObject
        {
            ["cron_expression"] = t.CronExpression,
            ["schedule_type"] = "CRON",
            ["enabled"] = t.ScheduleEnabled ? 1 : 0,
            ["start_time"] = EpochMillisecondsText.Of(t.CreateTime),
            ["end_time"] = null,
            ["max_time_out"] = 360,
        },
        ["last_run_time"] = EpochMillisecondsText.Of(t.LastRun?.StartedAt),
        // Not in the SDK model: the one field the emulator sends beyond it, because the module's
        // wait on a run has nothing else to observe (a deliberate deviation, docs/EMULATOR.md).
        ["last_run_status"] = t.LastRun?.StatusAt(now),
        ["next_run_time"] = EpochMillisecondsText.Of(t.NextRunTime),
    };
}
