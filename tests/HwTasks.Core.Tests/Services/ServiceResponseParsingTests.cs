using HwTasks.Core.Errors;
using HwTasks.Core.Services.Aom;
using HwTasks.Core.Services.Cdm;
using HwTasks.Core.Services.DataArts;
using HwTasks.Core.Services.Kafka;
using HwTasks.Core.Services.Oms;
using HwTasks.Core.Tests.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Services;

/// <summary>Each client against the services' documented sample bodies: every field lands, typed.</summary>
public class ServiceResponseParsingTests
{
    [Fact]
    public async Task CDM_StartJob_reads_the_seed_sample_with_its_date_as_a_string()
    {
        await using var server = ServiceAnswer.Serving("""
            {"submissions":[{"job-name":"jdbc2hive","creation-user":"cdm","creation-date":"1536905778725","progress":1,"status":"BOOTING",
              "submission-id":"42","isIncrementing":"false","delete_rows":0,"update_rows":"3","write_rows":10,"isStopingIncrement":"",
              "is-execute-auto":false,"last-update-date":1536905779000,"last-udpate-user":"cdm","isDeleteJob":false,"execute-date":1536905778725}]}
            """, "application/json;charset=UTF-8");

        var submission = Assert.Single(await new CdmClient().StartJobAsync(Target(server.BaseUri), "c1", "jdbc2hive", null, FastOptions(), default));

        Assert.Equal("jdbc2hive", submission.JobName);
        Assert.Equal("c1", submission.ClusterId);
        Assert.Equal("cn-north-4", submission.Region);
        Assert.Equal(ProjectId, submission.ProjectId);
        Assert.Equal(CdmJobStatus.Booting, submission.Status);
        Assert.Equal(1.0, submission.Progress);
        Assert.Equal(42, submission.SubmissionId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1536905778725), submission.CreatedTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1536905778725), submission.ExecutedTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1536905779000), submission.LastUpdatedTime);
        Assert.Equal("cdm", submission.LastUpdateUser);
        Assert.Equal("cdm", submission.CreationUser);
        Assert.False(submission.IsIncrementing);
        Assert.Equal(3, submission.UpdateRows);
        Assert.Equal(10, submission.WriteRows);
        Assert.Equal(0, submission.DeleteRows);
        Assert.False(submission.IsExecuteAuto);
        Assert.False(submission.IsDeleteJob);
        Assert.False(submission.IsFinished);
    }

    [Fact]
    public async Task CDM_status_reads_the_SDK_spelling_counters_and_the_failure()
    {
        await using var server = ServiceAnswer.Serving("""
            {"submissions":[{"job-name":"j","status":"FAILURE_ON_SUBMIT","progress":-1,"last-update-user":"ops","external-id":"job_1",
              "error-summary":"boom","error-details":"trace","counters":{"org.apache.sqoop.submission.counter.SqoopCounters":{"ROWS_READ":5}}}]}
            """);

        var submission = Assert.Single(await new CdmClient().GetJobStatusAsync(Target(server.BaseUri), "c1", "j", FastOptions(), default));

        Assert.Equal(CdmJobStatus.FailureOnSubmit, submission.Status);
        Assert.Equal("ops", submission.LastUpdateUser);
        Assert.Equal("boom", submission.ErrorSummary);
        Assert.Equal(5, submission.Counters!["org.apache.sqoop.submission.counter.SqoopCounters"]["ROWS_READ"]);
        // Its text is its JSON: what Export-Csv writes.
        Assert.Equal("""{"org.apache.sqoop.submission.counter.SqoopCounters":{"ROWS_READ":5}}""", submission.Counters.ToString());
        Assert.Equal("FAILURE_ON_SUBMIT", submission.StatusText);
        Assert.True(submission.IsFinished);
    }

    [Fact]
    public async Task An_unknown_status_reads_as_Unknown_instead_of_failing_the_list()
    {
        await using var server = ServiceAnswer.Serving("""{"total":1,"jobs":[{"name":"j","status":"SOMETHING_NEW","creation-date":1,"update-date":"2"}]}""");

        var page = await new CdmClient().ListJobsAsync(Target(server.BaseUri), "c1", 1, 10, FastOptions(), default);

        var job = Assert.Single(page.Items);
        Assert.Equal(CdmJobStatus.Unknown, job.Status);
        Assert.Equal("SOMETHING_NEW", job.StatusText);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(2), job.UpdatedTime);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task Kafka_reads_the_seed_sample_with_count_as_text_and_params_as_embedded_json()
    {
        await using var server = ServiceAnswer.Serving("""
            {"task_count":"4","tasks":[{"id":"8abfa7b372160bfd0172165864064079","name":"modifyAutoTopic","user_name":"paas_dms",
              "user_id":"3df5acbc24a54fadb62a043c9000a307","params":"{\"old_auto_status\":true,\"new_auto_status\":false}",
              "status":"EXECUTING","created_at":"2020-05-15T03:19:51.046Z","updated_at":"2020-05-15T03:19:51.065Z"}]}
            """);

        var page = await new KafkaClient().ListTasksAsync(Target(server.BaseUri), "i1", 0, 10, null, null, FastOptions(), default);

        Assert.Equal(4, page.Total);
        var task = Assert.Single(page.Items);
        Assert.Equal("8abfa7b372160bfd0172165864064079", task.TaskId);
        Assert.Equal("i1", task.InstanceId);
        Assert.Equal(KafkaTaskStatus.Executing, task.Status);
        Assert.Equal(new DateTimeOffset(2020, 5, 15, 3, 19, 51, 46, TimeSpan.Zero), task.CreatedTime);
        Assert.Equal(true, task.Params!["old_auto_status"]);
        Assert.Equal(false, task.Params["NEW_AUTO_STATUS"]);
        Assert.Equal("""{"old_auto_status":true,"new_auto_status":false}""", task.Params.ToString());
        Assert.Equal("paas_dms", task.UserName);
    }

    [Fact]
    public async Task Kafka_times_are_sent_in_UTC()
    {
        await using var server = ServiceAnswer.Serving("""{"task_count":"0","tasks":[]}""");
        var after = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));

        await new KafkaClient().ListTasksAsync(Target(server.BaseUri), "i1", 5, 20, after, after.AddDays(14).AddSeconds(-1), FastOptions(), default);

        Assert.Equal("begin_time=20240301000000&end_time=20240314235959&limit=20&start=5", Assert.Single(server.Requests).Query);
    }

    [Fact]
    public async Task OMS_AOM_and_DataArts_bodies_read_into_their_models()
    {
        await using var oms = ServiceAnswer.Serving("""{"count":1,"tasks":[{"sync_task_id":"t1","status":"SYNCHRONIZING","src_cloud_type":"AWS","task_type":"URL_LIST","create_time":1700000000000}]}""");
        await using var aom = ServiceAnswer.Serving("""{"elements":[{"id":"wf-1","name":"n","type":"cron","trigger_status":"disable","trigger_id":7,"status":"waitApproval","create_time":"1700000000000"}],"total_elements":1}""");
        await using var dayu = ServiceAnswer.Serving("""{"id":"t9","name":"collect","schedule_config":{"cron_expression":"0 0 2 * * ?","enabled":"true"},"last_run_status":"RUNNING","last_run_time":1700000000000}""");

        var sync = Assert.Single((await new OmsClient().ListSyncTasksAsync(Target(oms.BaseUri), 0, 10, null, FastOptions(), default)).Items);
        var workflow = Assert.Single((await new AomClient().ListWorkflowsAsync(Target(aom.BaseUri), null, null, 0, 10, FastOptions(), default)).Items);
        var task = await new DataArtsClient().GetTaskAsync(Target(dayu.BaseUri), "ws", "t9", FastOptions(), default);

        Assert.Equal(OmsSyncTaskStatus.Synchronizing, sync.Status);
        Assert.True(sync.IsUrlList);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000), sync.CreatedTime);
        Assert.Equal(AomTriggerState.Disabled, workflow.TriggerState);
        Assert.Equal(AomWorkflowType.Cron, workflow.Type);
        Assert.Equal("7", workflow.TriggerId);
        Assert.Equal(AomWorkflowStatus.WaitingForApproval, workflow.Status);
        Assert.Equal("waitApproval", workflow.StatusText);
        Assert.Equal(DataArtsRunStatus.Running, task.LastRunStatus);
        Assert.Equal("RUNNING", task.LastRunStatusText);
        Assert.True(task.Schedule!.Enabled);
        Assert.True(task.IsRunning);
        Assert.Equal("ws", task.WorkspaceId);
    }

    [Fact]
    public async Task AOM_success_is_the_literal_text_not_json()
    {
        await using var server = ServiceAnswer.Serving("{\"success\"}");

        var result = await new AomClient().SetTriggerAsync(Target(server.BaseUri), "wf-1", AomTriggerState.Enabled, FastOptions(), default);

        Assert.Equal("{\"success\"}", result.Response);
        Assert.Equal("rid-1", result.RequestId);
        Assert.Equal("action=enable", Assert.Single(server.Requests).Query);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>oops</html>")]
    [InlineData("{\"submissions\":[{\"job-name\":")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"error_code\":\"APIGW.0101\",\"error_msg\":\"The API does not exist\"}")]
    public async Task An_unreadable_body_is_one_clear_error_with_the_request_id(string body)
    {
        await using var server = ServiceAnswer.Serving(body);

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => new CdmClient().GetJobStatusAsync(Target(server.BaseUri), "c1", "j", FastOptions(), default));

        Assert.Equal(HwCloudErrorKind.InvalidResponse, failure.Kind);
        Assert.Equal("rid-1", failure.RequestId);
        Assert.StartsWith("CDM ShowJobStatus failed: ", failure.Message);
    }
}
