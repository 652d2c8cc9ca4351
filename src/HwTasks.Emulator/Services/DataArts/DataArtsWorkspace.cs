using System.Text.Json.Nodes;

namespace HwTasks.Emulator.Services.DataArts;

/// <summary>A DataArts Studio instance: the purchase its workspaces belong to.</summary>
internal sealed record DataArtsInstance(string Id, string Name, string SpecificationCode, int Status, DateTimeOffset CreatedAt)
{
    /// <summary>The SDK's model ApigCommodityOrder, in part: the instance is the order's resource.</summary>
    public JsonObject ToWire(string projectId) => new()
    {
        ["project_id"] = projectId,
        ["order_id"] = "CS" + Id[..Math.Min(12, Id.Length)].ToUpperInvariant(),
        ["resource_id"] = Id,
        ["resource_name"] = Name,
        ["resource_type"] = "hws.resource.type.dayu",
        ["resource_spec_code"] = SpecificationCode,
        ["charge_type"] = "",
        ["is_auto_renew"] = 0,
        ["status"] = Status,
        ["create_time"] = CreatedAt.ToUnixTimeMilliseconds(),
        ["is_trial_order"] = 0,
    };
}

/// <summary>A workspace of an instance: its id is what the "workspace" header of the metadata task calls names.</summary>
internal sealed record DataArtsWorkspace(string Id, string Name, string Description, string InstanceId, int IsDefault, string OwnerName,
    DateTimeOffset CreatedAt)
{
    /// <summary>The SDK's model Workspacebody, in part: times are epoch milliseconds (numbers).</summary>
    public JsonObject ToWire(string projectId) => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["description"] = Description,
        ["instance_id"] = InstanceId,
        ["is_default"] = IsDefault,
        ["owner_name"] = OwnerName,
        ["project_id"] = projectId,
        ["eps_id"] = "0",
        ["create_time"] = CreatedAt.ToUnixTimeMilliseconds(),
        ["create_user"] = OwnerName,
        ["update_time"] = CreatedAt.ToUnixTimeMilliseconds(),
        ["update_user"] = OwnerName,
        ["member_num"] = 1,
        ["bad_record_location_name"] = "",
        ["job_log_location_name"] = "",
    };
}
