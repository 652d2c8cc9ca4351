using System.Management.Automation;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Cdm;

[Collection(EmulatorCollection.Name)]
public sealed class CdmJobCmdletTests : IAsyncLifetime
{
    private const string Cluster = EmulatorProcess.ClusterId;
    private static readonly string JobPath = "/v1.1/" + EmulatorProcess.ProjectId + "/clusters/" + Cluster + "/cdm/job/";
    private readonly EmulatorFixture _fixture;

    public CdmJobCmdletTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Start_CdmJob_sends_the_documented_request_and_writes_a_typed_submission()
    {
        var run = _fixture.Session.Run("Start-CdmJob -ClusterId $args[0] -JobName jdbc2hive", Cluster).ThrowIfFailed();

        var submission = Assert.Single(run.Output);
        Assert.Equal("HwTasks.Core.Services.Cdm.CdmJobSubmission", submission.BaseObject.GetType().FullName);
        Assert.Equal("jdbc2hive", submission.Properties["JobName"].Value);
        Assert.Equal("Booting", submission.Properties["Status"].Value.ToString());
        Assert.IsType<DateTimeOffset>(submission.Properties["CreationDate"].Value);
        Assert.Equal(Cluster, submission.Properties["ClusterId"].Value);
        Assert.Equal("cn-north-4", submission.Properties["Region"].Value);
        Assert.Equal(EmulatorProcess.ProjectId, submission.Properties["ProjectId"].Value);

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("PUT", logged.Method);
        Assert.Equal(JobPath + "jdbc2hive/start", logged.PathAndQuery);
        Assert.Equal("{\"variables\":{}}", logged.Body);
        Assert.Equal("application/json;charset=UTF-8", logged.Header("Content-Type"));
        Assert.Equal(200, logged.Status);
    }

    [Fact]
    public async Task Variables_are_sent_as_text_in_a_stable_order()
    {
        _fixture.Session.Run("Start-CdmJob -ClusterId $args[0] -JobName obs2hive_logs -Variables @{ date = '2024-06-01'; batch = 7; full = $true }", Cluster)
            .ThrowIfFailed();

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("{\"variables\":{\"batch\":\"7\",\"date\":\"2024-06-01\",\"full\":\"true\"}}", logged.Body);
    }

    [Theory]
    [InlineData("@{ date = @{ nested = 1 } }", "gives 'date' a Hashtable value")]
    [InlineData("@{ date = $null }", "gives 'date' a null value")]
    [InlineData("@{ '1bad' = 'x' }", "has the name '1bad'")]
    [InlineData("@{ date = \"a`nb\" }", "control characters")]
    public async Task Bad_variables_are_refused_before_any_request(string variables, string problem)
    {
        var run = _fixture.Session.Run("Start-CdmJob -ClusterId $args[0] -JobName jdbc2hive -Variables " + variables, Cluster);

        var error = Assert.Single(run.Errors);
        Assert.Equal("InvalidVariables,HwTasks.Commands.Cdm.StartCdmJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("-Variables " , error.Exception.Message);
        Assert.Contains(problem, error.Exception.Message);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Fact]
    public async Task WhatIf_names_the_job_and_cluster_and_sends_nothing()
    {
        var run = _fixture.Session.Run("Start-CdmJob -ClusterId $args[0] -JobName jdbc2hive -WhatIf; Stop-CdmJob -ClusterId $args[0] -JobName jdbc2hive -WhatIf", Cluster)
            .ThrowIfFailed();

        Assert.Empty(run.Output);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Fact]
    public void An_unknown_job_is_CdmJobNotFound_and_the_next_piped_job_still_starts()
    {
        var run = _fixture.Session.Run("$c = $args[0]; 'no_such_job', 'jdbc2hive' | ForEach-Object { [pscustomobject]@{ ClusterId = $c; JobName = $_ } } | Start-CdmJob", Cluster);

        var error = Assert.Single(run.Errors);
        Assert.Equal("CdmJobNotFound,HwTasks.Commands.Cdm.StartCdmJobCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("no_such_job", error.TargetObject);
        Assert.Matches(@"Cdm\.0100: Job\[no_such_job\] doesn't exist\. \(request id [0-9a-f]{32}\)$", error.Exception.Message);
        Assert.Equal("jdbc2hive", Assert.Single(run.Output).Properties["JobName"].Value);
    }

    [Fact]
    public async Task Get_CdmJob_pages_the_cluster_and_pipes_failed_jobs_into_Start_CdmJob()
    {
        // Run the job that fails, let the emulator clock finish it, then restart everything that failed.
        _fixture.Session.Run("Start-CdmJob -ClusterId $args[0] -JobName mysql2dws_orders | Out-Null", Cluster).ThrowIfFailed();
        await _fixture.Emulator.AdvanceClockAsync(600);
        await _fixture.Emulator.ResetLogAsync();

        var run = _fixture.Session.Run("Get-CdmJob -ClusterId $args[0] | Where-Object Status -eq FAILED | Start-CdmJob", Cluster).ThrowIfFailed();

        Assert.Equal("mysql2dws_orders", Assert.Single(run.Output).Properties["JobName"].Value);
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal(JobPath + "all?page_no=1&page_size=100", logged[0].PathAndQuery);
        Assert.Equal(JobPath + "mysql2dws_orders/start", logged[1].PathAndQuery);
        Assert.Equal(2, logged.Count);
    }

    [Fact]
    public void Get_CdmJob_honours_First_and_Skip()
    {
        var all = _fixture.Session.Run("Get-CdmJob -ClusterId $args[0] | ForEach-Object JobName", Cluster).ThrowIfFailed().Output.Select(o => o.ToString()).ToList();
        var some = _fixture.Session.Run("Get-CdmJob -ClusterId $args[0] -Skip 1 -First 2 | ForEach-Object JobName", Cluster).ThrowIfFailed().Output.Select(o => o.ToString()).ToList();

        Assert.True(all.Count >= 4);
        Assert.Equal(all.Skip(1).Take(2), some);
    }

    [Fact]
    public async Task Start_CdmJob_Wait_polls_with_progress_and_writes_the_final_run()
    {
        await _fixture.Emulator.SeedAsync("""
            { "cdm": { "clusters": [ { "id": "6ec9a0a4-76be-4262-8697-e7af1fac7920", "name": "c", "jobs": [
              { "name": "quick", "bootSeconds": 0.2, "runSeconds": 0.6, "rows": 10 } ] } ] } }
            """);

        var run = _fixture.Session.Run("Start-CdmJob -ClusterId $args[0] -JobName quick -Wait -PollIntervalSec 0.2 -WaitTimeoutSec 30", Cluster).ThrowIfFailed();

        var final = Assert.Single(run.Output);
        Assert.Equal("Succeeded", final.Properties["Status"].Value.ToString());
        Assert.Equal(100.0, final.Properties["Progress"].Value);
        Assert.Contains(run.Progress, p => p.Activity == "Waiting for CDM job 'quick' on cluster " + Cluster && p.RecordType == ProgressRecordType.Processing);
        Assert.Contains(run.Progress, p => p.RecordType == ProgressRecordType.Completed);
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal("PUT", logged[0].Method);
        Assert.All(logged.Skip(1), l => Assert.Equal(JobPath + "quick/status", l.PathAndQuery));
    }

    [Fact]
    public async Task A_run_that_ends_FAILED_writes_the_final_run_and_an_error_with_the_summary()
    {
        await _fixture.Emulator.SeedAsync("""
            { "cdm": { "clusters": [ { "id": "6ec9a0a4-76be-4262-8697-e7af1fac7920", "name": "c", "jobs": [
              { "name": "doomed", "bootSeconds": 0.1, "runSeconds": 0.3, "failWith": "Connection refused: mysql:3306" } ] } ] } }
            """);

        var run = _fixture.Session.Run("Start-CdmJob -ClusterId $args[0] -JobName doomed | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 30", Cluster);

        Assert.Equal("Failed", Assert.Single(run.Output).Properties["Status"].Value.ToString());
        var error = Assert.Single(run.Errors);
        Assert.Equal("CdmJobFailed,HwTasks.Commands.Tasks.WaitHwTaskCommand", error.FullyQualifiedErrorId);
        Assert.Equal("CDM job 'doomed' on cluster " + Cluster + " ended Failed: Connection refused: mysql:3306", error.Exception.Message);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Stop_CdmJob_stops_and_writes_the_run_with_a_high_impact_confirmation()
    {
        _fixture.Session.Run("Start-CdmJob -ClusterId $args[0] -JobName oracle2mrs_hbase | Out-Null", Cluster).ThrowIfFailed();
        await _fixture.Emulator.ResetLogAsync();

        var run = _fixture.Session.Run("Stop-CdmJob -ClusterId $args[0] -JobName oracle2mrs_hbase -Confirm:$false", Cluster).ThrowIfFailed();

        var stopped = Assert.Single(run.Output);
        Assert.Equal("Failed", stopped.Properties["Status"].Value.ToString());
        Assert.Equal("Job was stopped by user.", stopped.Properties["ErrorSummary"].Value);
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal(new[] { "PUT " + JobPath + "oracle2mrs_hbase/stop", "GET " + JobPath + "oracle2mrs_hbase/status" },
            logged.Select(l => l.Method + " " + l.PathAndQuery));
        var impact = _fixture.Session.Run("(Get-Command Stop-CdmJob).ImplementingType.GetCustomAttributes($true) | Where-Object { $_ -is [System.Management.Automation.CmdletAttribute] } | ForEach-Object { $_.ConfirmImpact.ToString() }")
            .ThrowIfFailed();
        Assert.Equal("High", Assert.Single(impact.Output).ToString());
    }

    [Fact]
    public void Get_CdmJobStatus_reads_counters_and_tolerates_numbers_sent_as_strings()
    {
        var run = _fixture.Session.Run("Get-CdmJobStatus -ClusterId $args[0] -JobName jdbc2hive", Cluster).ThrowIfFailed();

        var status = Assert.Single(run.Output);
        Assert.Equal("jdbc2hive", status.Properties["JobName"].Value);
        Assert.IsType<DateTimeOffset>(status.Properties["CreationDate"].Value);
    }
}
