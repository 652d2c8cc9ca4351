using HwTasks.Core.Services.Cdm;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Services;

/// <summary>
/// CDM's bodies in each form they may come in: the SDK's models (ints, "last-update-user"), the
/// StartJob API document (a string creation-date, "last-udpate-user"), and ShowJobs with or without
/// the two fields only the module's first emulator sent (last-submission-id, last-update-date).
/// </summary>
public class CdmWireFormsTests
{
    private static readonly DateTimeOffset Created = DateTimeOffset.FromUnixTimeMilliseconds(1536905778725);

    private static async Task<CdmJobSubmission> StartAsync(string submission)
    {
        await using var server = ServiceAnswer.Serving("{\"submissions\":[" + submission + "]}", "application/json;charset=UTF-8");
        return Assert.Single(await new CdmClient().StartJobAsync(Target(server.BaseUri), "c1", "j", null, FastOptions(), default));
    }

    private static async Task<CdmJob> ListOneAsync(string job)
    {
        await using var server = ServiceAnswer.Serving("{\"total\":1,\"page_no\":1,\"page_size\":10,\"jobs\":[" + job + "]}");
        return Assert.Single((await new CdmClient().ListJobsAsync(Target(server.BaseUri), "c1", 1, 10, FastOptions(), default)).Items);
    }

    [Theory]
    [InlineData("1536905778725")]      // StartJobSubmission's int
    [InlineData("\"1536905778725\"")]  // the StartJob document's sample
    public async Task A_submissions_creation_date_reads_from_a_number_or_text(string date)
    {
        var submission = await StartAsync("{\"job-name\":\"j\",\"status\":\"BOOTING\",\"creation-date\":" + date + "}");

        Assert.Equal(Created, submission.CreatedTime);
    }

    [Theory]
    [InlineData("last-update-user")] // the SDKs' spelling
    [InlineData("last-udpate-user")] // the StartJob document's
    public async Task The_last_user_reads_under_either_spelling(string field)
    {
        var submission = await StartAsync("{\"job-name\":\"j\",\"status\":\"BOOTING\",\"" + field + "\":\"ops\"}");

        Assert.Equal("ops", submission.LastUpdateUser);
    }

    [Fact]
    public async Task A_job_in_the_SDKs_field_set_reads_without_last_submission_id_or_last_update_date()
    {
        var job = await ListOneAsync("""
            {"job_type":"NORMAL_JOB","from-connector-name":"generic-jdbc-connector","to-config-values":{"configs":[]},"to-link-name":"hive_link",
             "driver-config-values":{"configs":[]},"from-config-values":{"configs":[]},"to-connector-name":"hive-connector","name":"jdbc2hive",
             "from-link-name":"mysql_link","creation-user":"cdm","creation-date":1536905778725,"update-date":1536905779000,"is_incre_job":false,
             "flag":0,"files_read":0,"update-user":"cdm","external_id":"job_1","type":"NORMAL_JOB","execute_start_date":1536905778725,
             "delete_rows":0,"enabled":true,"bytes_written":0,"id":7,"is_use_sql":false,"update_rows":0,"group_name":"DEFAULT",
             "bytes_read":0,"execute_update_date":1536905779000,"write_rows":0,"rows_written":0,"rows_read":0,"files_written":0,
             "is_incrementing":false,"execute_create_date":1536905778725,"status":"SUCCEEDED"}
            """);

        Assert.Equal("jdbc2hive", job.JobName);
        Assert.Equal(CdmJobStatus.Succeeded, job.Status);
        Assert.Equal("NORMAL_JOB", job.JobType);
        Assert.Equal(Created, job.CreatedTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1536905779000), job.UpdatedTime);
        Assert.Equal("mysql_link", job.FromLink);
        Assert.Equal("hive-connector", job.ToConnector);
        Assert.Null(job.LastUpdatedTime);
        Assert.Null(job.LastSubmissionId);
        Assert.Equal(Created, job.LastRunStartedTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1536905779000), job.LastRunUpdatedTime);
    }

    [Fact]
    public async Task A_job_with_the_fields_beyond_the_SDK_model_still_reads_them()
    {
        var job = await ListOneAsync("""{"name":"j","status":"NEW","last-submission-id":"7","last-update-date":"1536905779000"}""");

        Assert.Equal(7, job.LastSubmissionId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1536905779000), job.LastUpdatedTime);
    }
}
