using HwTasks.Core.Services.DataArts;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Services;

/// <summary>
/// A metadata task in each form it may come in. The SDK's MetadataCollectionTask types every time
/// "str" (its format documented nowhere) and schedule_config.enabled "int"; the module's first
/// emulator sent numbers and a boolean. Both read into the same DateTimeOffset? and bool?.
/// </summary>
public class DataArtsWireFormsTests
{
    private static readonly DateTimeOffset June10 = new(2024, 6, 10, 6, 13, 20, TimeSpan.Zero);

    private static async Task<DataArtsMetadataTask> ReadAsync(string body)
    {
        await using var server = ServiceAnswer.Serving(body);
        return await new DataArtsClient().GetTaskAsync(Target(server.BaseUri, service: DataArtsService.Instance), "ws-1", "t1", FastOptions(), default);
    }

    // One time in every time field: the task's four and its schedule's start_time.
    private static Task<DataArtsMetadataTask> WithTimesAsync(string time) => ReadAsync(
        "{\"id\":\"t1\",\"create_time\":" + time + ",\"update_time\":" + time + ",\"last_run_time\":" + time +
        ",\"next_run_time\":" + time + ",\"schedule_config\":{\"start_time\":" + time + "}}");

    private static DateTimeOffset?[] TimesOf(DataArtsMetadataTask task) =>
        new[] { task.CreatedTime, task.UpdatedTime, task.LastRunTime, task.NextRunTime, task.Schedule!.StartTime };

    [Theory]
    [InlineData("1718000000000")]                 // a number: the module's first emulator
    [InlineData("\"1718000000000\"")]             // epoch milliseconds as text: the emulator now
    [InlineData("\"2024-06-10T06:13:20Z\"")]      // ISO-8601, as other DataArts models document theirs
    [InlineData("\"2024-06-10T06:13:20.000Z\"")]
    [InlineData("\"2024-06-10T14:13:20+08:00\"")] // the same instant with Beijing's offset
    [InlineData("\"2024-06-10 06:13:20\"")]       // without a zone: read as UTC, as no sample says otherwise
    public async Task Each_time_reads_the_same_instant_as_a_number_or_as_text(string time)
    {
        var task = await WithTimesAsync(time);

        Assert.All(TimesOf(task), read => Assert.Equal(June10, read));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"soon\"")]
    [InlineData("{}")]
    public async Task A_time_that_is_empty_or_unreadable_is_null_and_the_task_still_reads(string time)
    {
        var task = await WithTimesAsync(time);

        Assert.Equal("t1", task.TaskId);
        Assert.All(TimesOf(task), read => Assert.Null(read));
    }

    [Theory]
    [InlineData("1", true)]       // the SDK's int
    [InlineData("0", false)]
    [InlineData("true", true)]    // the module's first emulator
    [InlineData("false", false)]
    [InlineData("\"1\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("null", null)]
    public async Task Schedule_enabled_reads_from_an_int_or_a_boolean(string enabled, bool? expected)
    {
        var task = await ReadAsync("{\"id\":\"t1\",\"schedule_config\":{\"cron_expression\":\"0 0 2 * * ?\",\"enabled\":" + enabled + "}}");

        Assert.Equal(expected, task.Schedule!.Enabled);
        Assert.Equal((expected == true ? "enabled" : "disabled") + " 0 0 2 * * ?", task.Schedule.ToString());
    }

    [Fact]
    public async Task A_task_in_the_SDKs_field_set_reads_with_no_run_status_task_type_or_workspace_in_the_body()
    {
        var task = await ReadAsync("""
            {"id":"t1","name":"collect","description":"d","user_id":"u1","create_time":"1718000000000","project_id":"p","dir_id":"0",
             "schedule_config":{"cron_expression":"0 0 2 * * ?","end_time":null,"max_time_out":10,"interval":"1","schedule_type":"CRON","start_time":"1718000000000","job_id":3,"enabled":1},
             "parameter_config":[{"description":"x","type":"y","task_id":"t1"}],"update_time":"1718000000000","user_name":"ops","path":"/a",
             "last_run_time":"1718000000000","start_time":"1718000000000","end_time":"1718000000000","next_run_time":null,
             "duty_person":"ops","update_type":"x","data_source_type":"DLI","task_config":{"databaseName":["db"]},"data_source_workspace_id":"w"}
            """);

        Assert.Equal("collect", task.Name);
        Assert.Equal("ops", task.UserName);
        Assert.Equal("DLI", task.DataSourceType);
        Assert.Equal("CRON", task.Schedule!.ScheduleType);
        Assert.True(task.Schedule.Enabled);
        Assert.Null(task.Schedule.EndTime);
        Assert.Equal(June10, task.LastRunTime);
        Assert.Null(task.NextRunTime);
        // What the SDK model does not carry is absent, not an error: no run status, so no run is seen running.
        Assert.Null(task.TaskType);
        Assert.Null(task.LastRunStatusText);
        Assert.Null(task.LastRunStatus);
        Assert.False(task.IsRunning);
        Assert.Equal("ws-1", task.WorkspaceId);
    }

    [Fact]
    public async Task The_fields_beyond_the_SDK_model_still_read_when_a_service_sends_them()
    {
        var task = await ReadAsync("""{"id":"t1","workspace_id":"other","task_type":"collect","last_run_status":"FAILED"}""");

        Assert.Equal("collect", task.TaskType);
        Assert.Equal(DataArtsRunStatus.Failed, task.LastRunStatus);
        Assert.Equal("FAILED", task.LastRunStatusText);
        // The workspace is the one the call named: a body's workspace_id never moves the task to another.
        Assert.Equal("ws-1", task.WorkspaceId);
    }

    [Fact]
    public async Task The_list_reads_tasks_in_the_SDKs_form_with_max_records()
    {
        await using var server = ServiceAnswer.Serving("""
            {"count":1,"total_records":7,"max_records":100,"resources":[{"id":"t1","create_time":"1718000000000","schedule_config":{"enabled":0}}]}
            """);

        var page = await new DataArtsClient().SearchTasksAsync(Target(server.BaseUri, service: DataArtsService.Instance), "ws-1", null, 0, 10, FastOptions(), default);

        Assert.Equal(7, page.Total);
        var task = Assert.Single(page.Items);
        Assert.Equal(June10, task.CreatedTime);
        Assert.False(task.Schedule!.Enabled);
        Assert.Equal("ws-1", task.WorkspaceId);
    }
}
