namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// The DataArts Studio metadata task, instance and workspace models of the official Python SDK, huaweicloudsdkdataartsstudio
/// v1, as written down from huaweicloud-sdk-python-v3 3.1.211 (commit
/// 343a486b5c8ab656611159f314df6e575d0f6398),
/// huaweicloud-sdk-dataartsstudio/huaweicloudsdkdataartsstudio/v1/model/*.py: attribute_map names,
/// openapi_types types. The Go SDK has the same (times *string, enabled *int32). Every time is a
/// "str" there, unlike the SDK's other DataArts models that say "int" or "datetime"; ApigCommodityOrder
/// and Workspacebody say "float" for theirs (epoch milliseconds). The Go SDK at
/// 1cd70eb6f730ea721771a6ec8d96352bbb801787 (0.1.188) still names the instance list of
/// ListDataArtsStudioInstancesResponse commodity_order_lists, as the Python SDK did before 3.1.202.
/// </summary>
internal static class DataArtsSdkModels
{
    // scheduler_info.py
    public static readonly SdkModel SchedulerInfo = new("SchedulerInfo", new Dictionary<string, SdkType>
    {
        ["cron_expression"] = SdkType.Str,
        ["end_time"] = SdkType.Str,
        ["max_time_out"] = SdkType.Int,
        ["interval"] = SdkType.Str,
        ["schedule_type"] = SdkType.Str,
        ["start_time"] = SdkType.Str,
        ["job_id"] = SdkType.Int,
        ["enabled"] = SdkType.Int,
    });

    // custom_metadata.py
    public static readonly SdkModel CustomMetadata = new("CustomMetadata", new Dictionary<string, SdkType>
    {
        ["description"] = SdkType.Str,
        ["type"] = SdkType.Str,
        ["task_id"] = SdkType.Str,
    });

    // metadata_collection_task.py; show_task_info_response.py has exactly these fields too.
    public static readonly SdkModel MetadataCollectionTask = new("MetadataCollectionTask", new Dictionary<string, SdkType>
    {
        ["id"] = SdkType.Str,
        ["name"] = SdkType.Str,
        ["description"] = SdkType.Str,
        ["user_id"] = SdkType.Str,
        ["create_time"] = SdkType.Str,
        ["project_id"] = SdkType.Str,
        ["dir_id"] = SdkType.Str,
        ["schedule_config"] = SchedulerInfo,
        ["parameter_config"] = SdkType.ListOf(CustomMetadata),
        ["update_time"] = SdkType.Str,
        ["user_name"] = SdkType.Str,
        ["path"] = SdkType.Str,
        ["last_run_time"] = SdkType.Str,
        ["start_time"] = SdkType.Str,
        ["end_time"] = SdkType.Str,
        ["next_run_time"] = SdkType.Str,
        ["duty_person"] = SdkType.Str,
        ["update_type"] = SdkType.Str,
        ["data_source_type"] = SdkType.Str,
        ["task_config"] = SdkType.Object,
        ["data_source_workspace_id"] = SdkType.Str,
    });

    public static readonly SdkModel ShowTaskInfoResponse = MetadataCollectionTask with { Name = "ShowTaskInfoResponse" };

    // show_task_list_response.py
    public static readonly SdkModel ShowTaskListResponse = new("ShowTaskListResponse", new Dictionary<string, SdkType>
    {
        ["count"] = SdkType.Int,
        ["total_records"] = SdkType.Int,
        ["max_records"] = SdkType.Int,
        ["resources"] = SdkType.ListOf(MetadataCollectionTask),
    });

    // ListDataArtsStudioInstances and ListManagerWorkSpaces: the instances as commodity orders and their
    // workspaces (the emulator sends a part of each).

    // apig_commodity_order.py
    public static readonly SdkModel ApigCommodityOrder = new("ApigCommodityOrder", new Dictionary<string, SdkType>
    {
        ["project_id"] = SdkType.Str,
        ["order_id"] = SdkType.Str,
        ["region_id"] = SdkType.Str,
        ["resource_id"] = SdkType.Str,
        ["resource_name"] = SdkType.Str,
        ["subscription_id"] = SdkType.Str,
        ["resource_type"] = SdkType.Str,
        ["resource_spec_code"] = SdkType.Str,
        ["product_id"] = SdkType.Str,
        ["order_type"] = SdkType.Str,
        ["charge_type"] = SdkType.Str,
        ["is_auto_renew"] = SdkType.Int,
        ["status"] = SdkType.Int,
        ["vpc_id"] = SdkType.Str,
        ["security_group_id"] = SdkType.Str,
        ["eps_id"] = SdkType.Str,
        ["effective_time"] = SdkType.Float,
        ["expire_days"] = SdkType.Str,
        ["expire_time"] = SdkType.Float,
        ["lock_check_endpoint"] = SdkType.Str,
        ["create_user"] = SdkType.Str,
        ["create_time"] = SdkType.Float,
        ["domain_id"] = SdkType.Str,
        ["is_trial_order"] = SdkType.Int,
        ["work_space_mode"] = SdkType.Str,
    });

    // list_data_arts_studio_instances_response.py
    public static readonly SdkModel ListDataArtsStudioInstancesResponse = new("ListDataArtsStudioInstancesResponse", new Dictionary<string, SdkType>
    {
        ["billing_check"] = SdkType.Bool,
        ["count"] = SdkType.Int,
        ["commodity_orders"] = SdkType.ListOf(ApigCommodityOrder),
    });

    // workspacebody.py
    public static readonly SdkModel Workspacebody = new("Workspacebody", new Dictionary<string, SdkType>
    {
        ["bad_record_location_name"] = SdkType.Str,
        ["description"] = SdkType.Str,
        ["eps_id"] = SdkType.Str,
        ["job_log_location_name"] = SdkType.Str,
        ["name"] = SdkType.Str,
        ["id"] = SdkType.Str,
        ["is_default"] = SdkType.Int,
        ["owner_name"] = SdkType.Str,
        ["project_id"] = SdkType.Str,
        ["domain_id"] = SdkType.Str,
        ["instance_id"] = SdkType.Str,
        ["create_time"] = SdkType.Float,
        ["create_user"] = SdkType.Str,
        ["member_num"] = SdkType.Int,
        ["update_time"] = SdkType.Float,
        ["update_user"] = SdkType.Str,
    });

    // list_manager_work_spaces_response.py
    public static readonly SdkModel ListManagerWorkSpacesResponse = new("ListManagerWorkSpacesResponse", new Dictionary<string, SdkType>
    {
        ["count"] = SdkType.Int,
        ["total_page"] = SdkType.Int,
        ["data"] = SdkType.ListOf(Workspacebody),
    });
}
