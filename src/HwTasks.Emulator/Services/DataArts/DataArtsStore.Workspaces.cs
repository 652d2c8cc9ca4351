using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Services.DataArts;

internal sealed partial class DataArtsStore
{
    /// <summary>A workspace seeded without an instance belongs to the first seeded one; with no instance seeded it is listed by none.</summary>
    private void SeedWorkspaces(DataArtsSeed? seed, DateTimeOffset now)
    {
        foreach (var instance in seed?.Instances ?? new())
            _instances.Add(new DataArtsInstance(instance.Id, instance.Name, instance.SpecificationCode, instance.Status,
                now - TimeSpan.FromHours(instance.CreatedHoursAgo)));
        foreach (var workspace in seed?.Workspaces ?? new())
        {
            var instanceId = workspace.InstanceId ?? _instances.FirstOrDefault()?.Id ?? string.Empty;
            _workspaces.Add(new DataArtsWorkspace(workspace.Id, workspace.Name, workspace.Description, instanceId, workspace.IsDefault,
                workspace.OwnerName, now - TimeSpan.FromHours(workspace.CreatedHoursAgo)));
        }
    }

    /// <summary>ListDataArtsStudioInstances: count is every instance, whatever the page.</summary>
    public Outcome Instances(string projectId, int offset, int limit)
    {
        lock (_gate)
        {
            var page = _instances.Skip(offset).Take(limit).Select(i => (JsonNode)i.ToWire(projectId)).ToArray();
            return Outcome.Ok(new JsonObject { ["billing_check"] = false, ["count"] = _instances.Count, ["commodity_orders"] = new JsonArray(page) });
        }
    }

    /// <summary>ListManagerWorkSpaces: the workspaces of one instance; total_page counts pages of this limit.</summary>
    public Outcome Workspaces(string projectId, string instanceId, int offset, int limit)
    {
        lock (_gate)
        {
            if (_instances.All(i => i.Id != instanceId))
                return Error(StatusCodes.Status404NotFound, NotFound, $"DataArts Studio instance {instanceId} does not exist.");
            var matching = _workspaces.Where(w => w.InstanceId == instanceId).ToList();
            var page = matching.Skip(offset).Take(limit).Select(w => (JsonNode)w.ToWire(projectId)).ToArray();
            return Outcome.Ok(new JsonObject
            {
                ["count"] = matching.Count,
                ["total_page"] = (matching.Count + limit - 1) / limit,
                ["data"] = new JsonArray(page),
            });
        }
    }
}
