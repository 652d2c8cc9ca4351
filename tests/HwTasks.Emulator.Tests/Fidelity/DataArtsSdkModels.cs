namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// The DataArts Studio metadata task models of the official Python SDK, huaweicloudsdkdataartsstudio
/// v1, as written down from huaweicloud-sdk-python-v3 3.1.211 (commit
/// 343a486b5c8ab656611159f314df6e575d0f6398),
/// huaweicloud-sdk-dataartsstudio/huaweicloudsdkdataartsstudio/v1/model/*.py: attribute_map names,
/// openapi_types types. The Go SDK has the same (times *string, enabled *int32). Every time is a
/// "str" there, unlike the SDK's other DataArts models that say "int" or "datetime".
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
}
