namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// The Kafka background task models of the official Python SDK, huaweicloudsdkkafka v2, as written
/// down from huaweicloud-sdk-python-v3 3.1.211 (commit 343a486b5c8ab656611159f314df6e575d0f6398),
/// huaweicloud-sdk-kafka/huaweicloudsdkkafka/v2/model/*.py: attribute_map names, openapi_types types.
/// ShowBackgroundTaskResponse has the list's fields; DeleteBackgroundTaskResponse has none.
/// </summary>
internal static class KafkaSdkModels
{
    // list_background_tasks_resp_tasks.py
    public static readonly SdkModel ListBackgroundTasksRespTasks = new("ListBackgroundTasksRespTasks", new Dictionary<string, SdkType>
    {
        ["id"] = SdkType.Str,
        ["name"] = SdkType.Str,
        ["user_name"] = SdkType.Str,
        ["user_id"] = SdkType.Str,
        ["params"] = SdkType.Str,
        ["status"] = SdkType.Str,
        ["created_at"] = SdkType.Str,
        ["updated_at"] = SdkType.Str,
    });

    // list_background_tasks_response.py
    public static readonly SdkModel ListBackgroundTasksResponse = new("ListBackgroundTasksResponse", new Dictionary<string, SdkType>
    {
        ["task_count"] = SdkType.Str,
        ["tasks"] = SdkType.ListOf(ListBackgroundTasksRespTasks),
    });

    public static readonly SdkModel ShowBackgroundTaskResponse = ListBackgroundTasksResponse with { Name = "ShowBackgroundTaskResponse" };
}
