using System.Text.Json.Nodes;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Tests.Infrastructure;
using static HwTasks.Emulator.Tests.Fidelity.CdmSdkModels;

namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>Every CDM answer the module reads, in each state a run goes through, and the cluster list, held to the SDK's models.</summary>
public sealed class CdmSdkFidelityTests
{
    private const string ClusterList = "/v1.1/" + TestEmulator.Project + "/clusters";
    private const string Jobs = "/v1.1/" + TestEmulator.Project + "/clusters/" + EmulatorDefaults.CdmClusterId + "/cdm/job/";

    // Where the seed API document of StartJob (启动作业) differs from StartJobSubmission, the emulator follows the document.
    private static readonly SdkDeviation[] StartJobDocument =
    {
        new("submissions[].creation-date", SdkType.Str, "the document's response sample sends \"1536905778725\""),
        new("submissions[].last-udpate-user", SdkType.Str, "the document's table spells it so; the SDK has last-update-user"),
    };

    private static async Task<JsonObject> AnswerAsync(TestEmulator emu, string method, string path, string? query = null, string? body = null) =>
        await (await emu.Client.SendAsync(method, Jobs + path, query, body)).ReadObjectAsync();

    [Fact]
    public async Task StartJob_answers_StartJobSubmission_as_the_seed_document_shows_it()
    {
        await using var emu = await TestEmulator.StartAsync();

        SdkShape.AssertConforms(await AnswerAsync(emu, "PUT", "jdbc2hive/start", body: "{\"variables\":{}}"), StartJobResponse, StartJobDocument);
    }

    [Fact]
    public async Task ShowJobStatus_answers_Submission_while_booting_running_and_after_success()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Client.SendAsync("PUT", Jobs + "jdbc2hive/start", body: "{}");

        foreach (var seconds in new[] { 0, 7, 6 }) // boot 2 s, then half of the 10 s run, then done
        {
            emu.Advance(seconds);
            SdkShape.AssertConforms(await AnswerAsync(emu, "GET", "jdbc2hive/status"), ShowJobStatusResponse);
        }
    }

    [Fact]
    public async Task ShowJobStatus_answers_Submission_with_the_error_of_a_failed_or_stopped_run_and_for_a_job_never_run()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Client.SendAsync("PUT", Jobs + "mysql2dws_orders/start", body: "{}");
        await emu.Client.SendAsync("PUT", Jobs + "obs2hive_logs/start", body: "{}");
        emu.Advance(5);
        await emu.Client.SendAsync("PUT", Jobs + "obs2hive_logs/stop");
        emu.Advance(60);

        var failed = await AnswerAsync(emu, "GET", "mysql2dws_orders/status");
        Assert.Equal("FAILED", (string?)failed["submissions"]![0]!["status"]);
        SdkShape.AssertConforms(failed, ShowJobStatusResponse);
        SdkShape.AssertConforms(await AnswerAsync(emu, "GET", "obs2hive_logs/status"), ShowJobStatusResponse);
        SdkShape.AssertConforms(await AnswerAsync(emu, "GET", "ftp2obs_daily/status"), ShowJobStatusResponse);
    }

    [Fact]
    public async Task StopJob_answers_StopJobResponse_whether_or_not_the_job_was_running()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Client.SendAsync("PUT", Jobs + "oracle2mrs_hbase/start", body: "{}");

        var stopped = await AnswerAsync(emu, "PUT", "oracle2mrs_hbase/stop");
        var notRunning = await AnswerAsync(emu, "PUT", "oracle2mrs_hbase/stop");

        Assert.Empty(stopped["validation-result"]!.AsArray());
        Assert.Equal("WARNING", (string?)Assert.Single(notRunning["validation-result"]!.AsArray())!["status"]);
        SdkShape.AssertConforms(stopped, StopJobResponse);
        SdkShape.AssertConforms(notRunning, StopJobResponse);
    }

    [Fact]
    public async Task ShowJobs_answers_ShowJobsResponse_for_every_job_and_for_one()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Client.SendAsync("PUT", Jobs + "jdbc2hive/start", body: "{}");

        SdkShape.AssertConforms(await AnswerAsync(emu, "GET", "all", "page_no=1&page_size=10"), ShowJobsResponse);
        SdkShape.AssertConforms(await AnswerAsync(emu, "GET", "jdbc2hive"), ShowJobsResponse);
    }

    [Fact]
    public async Task ListClusters_answers_ListClustersResponse_for_a_cluster_in_service_shut_down_frozen_or_seeded_bare_and_for_none()
    {
        await using var emu = await TestEmulator.StartAsync();
        var seeded = SeedLoader.Parse("""
            {"cdm":{"clusters":[
              {"id":"c-night","name":"cdm-night","status":"900","statusDetail":"Shut down","flavorName":"cdm.large"},
              {"id":"c-frozen","name":"cdm-frozen","status":"800","statusDetail":"Frozen"},
              {"id":"c-plain"}]}}
            """);
        await using var varied = await TestEmulator.StartAsync(seeded);
        await using var empty = await TestEmulator.StartAsync(SeedLoader.Parse("{\"cdm\":{\"clusters\":[]}}"));

        var listed = await (await varied.Client.SendAsync("GET", ClusterList)).ReadObjectAsync();

        Assert.Equal(3, listed["clusters"]!.AsArray().Count);
        SdkShape.AssertConforms(await (await emu.Client.SendAsync("GET", ClusterList)).ReadObjectAsync(), ListClustersResponse);
        SdkShape.AssertConforms(listed, ListClustersResponse);
        SdkShape.AssertConforms(await (await empty.Client.SendAsync("GET", ClusterList)).ReadObjectAsync(), ListClustersResponse);
    }
}
