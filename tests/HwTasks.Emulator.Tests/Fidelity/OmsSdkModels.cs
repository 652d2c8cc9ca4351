namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// The OMS sync task models of the official Python SDK, huaweicloudsdkoms v2, as written down from
/// huaweicloud-sdk-python-v3 3.1.211 (commit 343a486b5c8ab656611159f314df6e575d0f6398),
/// huaweicloud-sdk-oms/huaweicloudsdkoms/v2/model/*.py: attribute_map names, openapi_types types.
/// StartSyncTaskResponse and StopSyncTaskResponse have no field.
/// </summary>
internal static class OmsSdkModels
{
    // source_cdn_resp.py
    public static readonly SdkModel SourceCdnResp = new("SourceCdnResp", new Dictionary<string, SdkType>
    {
        ["domain"] = SdkType.Str,
        ["protocol"] = SdkType.Str,
        ["authentication_type"] = SdkType.Str,
    });

    // The fields sync_task_info.py and show_sync_task_response.py both have.
    private static readonly Dictionary<string, SdkType> SyncTaskFields = new()
    {
        ["sync_task_id"] = SdkType.Str,
        ["src_cloud_type"] = SdkType.Str,
        ["src_region"] = SdkType.Str,
        ["src_bucket"] = SdkType.Str,
        ["create_time"] = SdkType.Int,
        ["last_start_time"] = SdkType.Int,
        ["dst_bucket"] = SdkType.Str,
        ["dst_region"] = SdkType.Str,
        ["description"] = SdkType.Str,
        ["status"] = SdkType.Str,
        ["enable_metadata_migration"] = SdkType.Bool,
        ["enable_restore"] = SdkType.Bool,
        ["app_id"] = SdkType.Str,
        ["object_overwrite_mode"] = SdkType.Str,
        ["dst_storage_policy"] = SdkType.Str,
        ["consistency_check"] = SdkType.Str,
    };

    // sync_task_info.py: the shared fields and the source's CDN.
    public static readonly SdkModel SyncTaskInfo = new SdkModel("SyncTaskInfo", SyncTaskFields).With(new Dictionary<string, SdkType>
    {
        ["source_cdn"] = SourceCdnResp,
    });

    // list_sync_tasks_response.py
    public static readonly SdkModel ListSyncTasksResponse = new("ListSyncTasksResponse", new Dictionary<string, SdkType>
    {
        ["tasks"] = SdkType.ListOf(SyncTaskInfo),
        ["count"] = SdkType.Int,
    });

    // show_sync_task_response.py: the shared fields and this month's counters.
    public static readonly SdkModel ShowSyncTaskResponse = new SdkModel("ShowSyncTaskResponse", SyncTaskFields).With(new Dictionary<string, SdkType>
    {
        ["monthly_acceptance_request"] = SdkType.Int,
        ["monthly_success_object"] = SdkType.Int,
        ["monthly_failure_object"] = SdkType.Int,
        ["monthly_skip_object"] = SdkType.Int,
        ["monthly_size"] = SdkType.Int,
    });
}
