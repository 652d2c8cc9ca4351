using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.Aom;

/// <summary>AOM automation workflows of one project and their timed/event triggers.</summary>
internal sealed class AomStore
{
    public const string Enabled = "enable";
    public const string Disabled = "disable";

    private readonly object _gate = new();
    private readonly List<AomWorkflow> _workflows = new();
    private readonly EmulatorClock _clock;

    public AomStore(EmulatorClock clock, AomSeed? seed)
    {
        _clock = clock;
        var now = clock.UtcNow;
        foreach (var w in seed?.Workflows ?? new())
        {
            var created = now - TimeSpan.FromHours(w.CreatedHoursAgo);
            _workflows.Add(new AomWorkflow
            {
                Id = w.Id,
                Name = w.Name,
                Description = w.Description,
                Type = w.Type,
                Status = w.Status,
                // Manual workflows are run by hand; only cron and event workflows have a trigger.
                TriggerId = w.Type == "manual" ? null : "trigger-" + w.Id,
                TriggerEnabled = w.Type != "manual" && w.TriggerEnabled,
                CreateTime = created,
                UpdateTime = created,
                LastExecutionStartTime = w.LastExecutionHoursAgo is { } ago ? now - TimeSpan.FromHours(ago) : null,
            });
        }
    }

    /// <summary>Idempotent: enabling an enabled trigger succeeds.</summary>
    public Outcome SetTrigger(string workflowId, bool enable)
    {
        lock (_gate)
        {
            var workflow = _workflows.FirstOrDefault(w => w.Id == workflowId);
            if (workflow is null)
                return Error(StatusCodes.Status404NotFound, "AOM.31001404", $"Workflow {workflowId} not found");
            if (workflow.TriggerId is null)
                return Error(StatusCodes.Status400BadRequest, "AOM.31001302", "Invalid param: a manual workflow has no trigger");
            workflow.TriggerEnabled = enable;
            workflow.UpdateTime = _clock.UtcNow;
            return Outcome.NoBody();
        }
    }

    public sealed record Query(string? Search, string? Type, string? Status, int Page, int Size, string SortField, bool Descending);

    public Outcome List(Query query)
    {
        lock (_gate)
        {
            var matching = _workflows.Where(w =>
                (string.IsNullOrEmpty(query.Search) || w.Name.Contains(query.Search, StringComparison.OrdinalIgnoreCase)) &&
                (string.IsNullOrEmpty(query.Type) || w.Type == query.Type) &&
                (string.IsNullOrEmpty(query.Status) || w.Status == query.Status));
            Func<AomWorkflow, IComparable> key = query.SortField switch
            {
                "name" => w => w.Name,
                "update_time" => w => w.UpdateTime,
                _ => w => w.CreateTime,
            };
            var sorted = (query.Descending ? matching.OrderByDescending(key) : matching.OrderBy(key)).ThenBy(w => w.Id, StringComparer.Ordinal).ToList();
            var page = sorted.Skip(query.Page * query.Size).Take(query.Size).Select(w => (JsonNode)Element(w));
            return Outcome.Ok(new JsonObject
            {
                ["elements"] = new JsonArray(page.ToArray()),
                ["total_elements"] = sorted.Count,
            });
        }
    }

    public static Outcome Error(int status, string code, string message) => new(status, new JsonObject
    {
        ["error_code"] = code,
        ["error_msg"] = message,
        ["http_code"] = status,
    });

    // The fields of the SDK's Workflow model that the emulator knows; a workflow's cron is not one of them.
    private static JsonObject Element(AomWorkflow w) => new()
    {
        ["id"] = w.Id,
        ["name"] = w.Name,
        ["description"] = w.Description,
        ["type"] = w.Type,
        ["status"] = w.Status,
        ["trigger_id"] = w.TriggerId,
        ["trigger_status"] = w.TriggerId is null ? null : w.TriggerEnabled ? Enabled : Disabled,
        ["create_time"] = w.CreateTime.ToUnixTimeMilliseconds(),
        ["update_time"] = w.UpdateTime.ToUnixTimeMilliseconds(),
        ["last_execution_start_time"] = w.LastExecutionStartTime?.ToUnixTimeMilliseconds(),
    };
}
