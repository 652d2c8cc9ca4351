using System.Text.Json.Nodes;
using System.Net;
using System.Text.Json;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class CdmTests
{
    private const string Jobs = "/v1.1/" + TestEmulator.Project + "/clusters/" + EmulatorDefaults.CdmClusterId + "/cdm/job/";

    [Fact]
    public async Task Start_returns_a_booting_submission_with_the_exact_wire_fields()
    {
        await using var emu = await TestEmulator.StartAsync();
        var response = await emu.Client.SendAsync("PUT", Jobs + "jdbc2hive/start", body: "{\"variables\":{}}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json;charset=UTF-8", response.Content.Headers.NonValidated["Content-Type"].ToString());

        var submission = Assert.Single((await response.ReadObjectAsync())["submissions"]!.AsArray())!;
        Assert.Equal("jdbc2hive", (string?)submission["job-name"]);
        Assert.Equal("BOOTING", (string?)submission["status"]);
        Assert.Equal(JsonValueKind.String, submission["creation-date"].Kind());
        Assert.Equal(emu.Server.Clock.NowMilliseconds.ToString(), (string?)submission["creation-date"]);
        Assert.Equal(JsonValueKind.Number, submission["submission-id"].Kind());
        foreach (var field in new[] { "creation-user", "execute-date", "progress", "last-update-date", "last-udpate-user", "isIncrementing",
                     "delete_rows", "update_rows", "write_rows", "isStopingIncrement", "is-execute-auto", "isDeleteJob" })
            Assert.True(submission.AsObject().ContainsKey(field), field);
    }

    [Fact]
    public async Task A_started_job_boots_runs_and_succeeds_on_the_clock()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Client.SendAsync("PUT", Jobs + "jdbc2hive/start", body: "{}");

        async Task<JsonElement> Status()
        {
            var body = await (await emu.Client.SendAsync("GET", Jobs + "jdbc2hive/status")).ReadObjectAsync();
            return JsonDocument.Parse(body["submissions"]![0]!.ToJsonString()).RootElement;
        }

        Assert.Equal("BOOTING", (await Status()).GetProperty("status").GetString());
        emu.Advance(2 + 5); // boot 2 s, half of the 10 s run
        var running = await Status();
        Assert.Equal("RUNNING", running.GetProperty("status").GetString());
        Assert.Equal(50, running.GetProperty("progress").GetDouble());

        // The admin endpoint moves the same clock.
        await emu.Admin.PostAsync("_emulator/clock/advance", new StringContent("{\"seconds\":6}"));
        var done = await Status();
        Assert.Equal("SUCCEEDED", done.GetProperty("status").GetString());
        Assert.Equal(100, done.GetProperty("progress").GetDouble());
        Assert.True(done.TryGetProperty("counters", out _));
        Assert.False(done.TryGetProperty("error-summary", out _));

        var list = await (await emu.Client.SendAsync("GET", Jobs + "jdbc2hive")).ReadObjectAsync();
        Assert.Equal("SUCCEEDED", (string?)list["jobs"]![0]!["status"]);
    }

    [Fact]
    public async Task A_job_seeded_to_fail_ends_failed_with_an_error_summary()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Client.SendAsync("PUT", Jobs + "mysql2dws_orders/start", body: "{}");
        emu.Advance(60);
        var submission = (await (await emu.Client.SendAsync("GET", Jobs + "mysql2dws_orders/status")).ReadObjectAsync())["submissions"]![0]!;
        Assert.Equal("FAILED", (string?)submission["status"]);
        Assert.Equal(-1, (double)submission["progress"]!);
        Assert.Contains("connection refused", (string?)submission["error-summary"]);
        Assert.NotNull(submission["error-details"]);
        Assert.NotNull(submission["external-id"]);
    }

    [Fact]
    public async Task A_last_run_seeded_to_fail_stays_failed_and_the_next_run_follows_the_job()
    {
        await using var emu = await TestEmulator.StartAsync(HwTasks.Emulator.Seed.SeedLoader.Parse(
            "{\"cdm\":{\"clusters\":[{\"id\":\"" + EmulatorDefaults.CdmClusterId + "\",\"jobs\":[" +
            "{\"name\":\"nightly\",\"bootSeconds\":1,\"runSeconds\":2,\"lastRunHoursAgo\":8,\"lastRunFailWith\":\"disk full\"}]}]}}"));
        async Task<JsonNode> Latest() => (await (await emu.Client.SendAsync("GET", Jobs + "nightly/status")).ReadObjectAsync())["submissions"]![0]!;

        var last = await Latest();
        Assert.Equal("FAILED", (string?)last["status"]);
        Assert.Equal("disk full", (string?)last["error-summary"]);

        await emu.Client.SendAsync("PUT", Jobs + "nightly/start", body: "{}");
        emu.Advance(3);
        var rerun = await Latest();
        Assert.Equal("SUCCEEDED", (string?)rerun["status"]);
        Assert.Null(rerun["error-summary"]);
    }

    [Fact]
    public async Task Stop_ends_a_running_job_as_failed_and_warns_when_nothing_runs()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Client.SendAsync("PUT", Jobs + "obs2hive_logs/start", body: "{\"variables\":{\"date\":\"2024-02-01\"}}");
        emu.Advance(5);
        var stop = await (await emu.Client.SendAsync("PUT", Jobs + "obs2hive_logs/stop")).ReadObjectAsync();
        Assert.Empty(stop["validation-result"]!.AsArray());

        var submission = (await (await emu.Client.SendAsync("GET", Jobs + "obs2hive_logs/status")).ReadObjectAsync())["submissions"]![0]!;
        Assert.Equal("FAILED", (string?)submission["status"]);
        Assert.Equal("Job was stopped by user.", (string?)submission["error-summary"]);

        var again = await (await emu.Client.SendAsync("PUT", Jobs + "obs2hive_logs/stop")).ReadObjectAsync();
        Assert.Equal("WARNING", (string?)again["validation-result"]![0]!["status"]);
    }

    [Fact]
    public async Task Starting_a_running_job_is_400()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Client.SendAsync("PUT", Jobs + "jdbc2hive/start", body: "{}");
        await (await emu.Client.SendAsync("PUT", Jobs + "jdbc2hive/start", body: "{}")).AssertErrorAsync(400, "errCode", "Cdm.0031");
    }

    [Theory]
    [InlineData("{\"variables\":[1]}")]
    [InlineData("{\"variables\":{\"date\":20240101}}")]
    [InlineData("not json")]
    public async Task Invalid_variables_are_400(string body)
    {
        await using var emu = await TestEmulator.StartAsync();
        var response = await emu.Client.SendAsync("PUT", Jobs + "jdbc2hive/start", body: body);
        var error = await response.AssertErrorAsync(400, "errCode", "Cdm.0014");
        Assert.NotNull(error["externalMessage"]);
    }

    [Fact]
    public async Task Unknown_job_and_cluster_are_404_with_the_cdm_body()
    {
        await using var emu = await TestEmulator.StartAsync();
        var job = await emu.Client.SendAsync("PUT", Jobs + "nope/start", body: "{}");
        Assert.Equal(HttpStatusCode.NotFound, job.StatusCode);
        Assert.Equal("{\"errCode\":\"Cdm.0100\",\"externalMessage\":\"Job[nope] doesn't exist.\"}", await job.Content.ReadAsStringAsync());

        var cluster = await emu.Client.SendAsync("GET", "/v1.1/" + TestEmulator.Project + "/clusters/00000000-0000-0000-0000-000000000000/cdm/job/all");
        await cluster.AssertErrorAsync(404, "errCode", "Cdm.0002");
    }

    [Fact]
    public async Task Listing_all_jobs_pages_from_page_one()
    {
        await using var emu = await TestEmulator.StartAsync();
        var page = await (await emu.Client.SendAsync("GET", Jobs + "all", "page_no=2&page_size=2")).ReadObjectAsync();
        Assert.Equal(5, (int)page["total"]!);
        Assert.Equal(2, (int)page["page_no"]!);
        Assert.Equal(2, (int)page["page_size"]!);
        var jobs = page["jobs"]!.AsArray();
        Assert.Equal(2, jobs.Count);
        foreach (var job in jobs)
        {
            Assert.Contains((string?)job!["status"], new[] { "BOOTING", "RUNNING", "SUCCEEDED", "FAILED", "NEW" });
            Assert.Equal(JsonValueKind.Number, job["creation-date"].Kind());
            Assert.NotNull(job["job_type"]);
            Assert.NotNull(job["update-date"]);
        }
        var never = await (await emu.Client.SendAsync("GET", Jobs + "ftp2obs_daily")).ReadObjectAsync();
        Assert.Equal("NEW", (string?)never["jobs"]![0]!["status"]);
    }
}
