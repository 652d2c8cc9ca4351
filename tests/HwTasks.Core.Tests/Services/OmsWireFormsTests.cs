using HwTasks.Core.Services.Oms;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Services;

/// <summary>An OMS sync task in the SDK's form, which has no task_type or enable_kms, and with the two the module's first emulator sent.</summary>
public class OmsWireFormsTests
{
    private static async Task<OmsSyncTask> ShowAsync(string task)
    {
        await using var server = ServiceAnswer.Serving(task, "application/json;charset=UTF-8");
        return await new OmsClient().GetSyncTaskAsync(Target(server.BaseUri, service: OmsService.Instance), "t1", FastOptions(), default);
    }

    [Fact]
    public async Task A_task_in_the_SDKs_field_set_reads_and_is_not_taken_for_a_url_list_task()
    {
        var task = await ShowAsync("""
            {"sync_task_id":"t1","src_cloud_type":"Aliyun","src_region":"cn-hangzhou","src_bucket":"a","create_time":1718000000000,
             "last_start_time":1718003600000,"dst_bucket":"b","dst_region":"cn-north-4","description":"","status":"SYNCHRONIZING",
             "enable_metadata_migration":false,"enable_restore":true,"app_id":null,"monthly_acceptance_request":10,"monthly_success_object":8,
             "monthly_failure_object":1,"monthly_skip_object":1,"monthly_size":8388608,"object_overwrite_mode":"CRC64_COMPARISON_OVERWRITE",
             "dst_storage_policy":"STANDARD","consistency_check":"crc64"}
            """);

        Assert.Equal(OmsSyncTaskStatus.Synchronizing, task.Status);
        Assert.Equal("Aliyun", task.SourceCloudType);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1718003600000), task.LastStartedTime);
        Assert.Equal(8, task.MonthlySuccessObject);
        Assert.Equal(8388608, task.MonthlySize);
        Assert.Null(task.TaskType);
        Assert.False(task.IsUrlList);
    }

    [Fact]
    public async Task The_list_reads_the_SDKs_source_cdn_object()
    {
        await using var server = ServiceAnswer.Serving("""
            {"count":1,"tasks":[{"sync_task_id":"t1","status":"STOPPED","source_cdn":{"domain":"cdn.example.com","protocol":"https","authentication_type":"NONE"}}]}
            """);

        var page = await new OmsClient().ListSyncTasksAsync(Target(server.BaseUri, service: OmsService.Instance), 0, 10, null, FastOptions(), default);

        Assert.Equal("t1", Assert.Single(page.Items).SyncTaskId);
        Assert.Equal(1, page.Total);
    }

    [Theory]
    [InlineData("URL_LIST", true)]
    [InlineData("OBJECT", false)]
    public async Task A_task_type_beyond_the_SDK_model_still_reads_when_a_service_sends_it(string type, bool urlList)
    {
        var task = await ShowAsync("{\"sync_task_id\":\"t1\",\"enable_kms\":false,\"task_type\":\"" + type + "\"}");

        Assert.Equal(type, task.TaskType);
        Assert.Equal(urlList, task.IsUrlList);
    }
}
