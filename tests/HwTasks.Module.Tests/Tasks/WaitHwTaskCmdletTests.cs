using System.Diagnostics;
using System.Management.Automation;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Tasks;

[Collection(EmulatorCollection.Name)]
public sealed class WaitHwTaskCmdletTests : IAsyncLifetime
{
    private const string Cluster = EmulatorProcess.ClusterId;
    private const string SyncingTask = "0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e";
    private const string ExecutingKafkaTask = "8abfa7b372160bfd0172165864064079";
    private const string Command = "Tasks.WaitHwTaskCommand";
    private readonly EmulatorFixture _fixture;

    public WaitHwTaskCmdletTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private Task SeedCdmJobAsync(double runSeconds) => _fixture.Emulator.SeedAsync(
        "{ \"cdm\": { \"clusters\": [ { \"id\": \"" + Cluster + "\", \"name\": \"c\", \"jobs\": [ { \"name\": \"job\", \"bootSeconds\": 0.2, \"runSeconds\": " +
        runSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", \"rows\": 10 } ] } ] } }");

    [Fact]
    public async Task A_stopped_OMS_sync_task_ends_the_wait_at_once()
    {
        var clock = Stopwatch.StartNew();
        var run = _fixture.Session.Run("Stop-OmsSyncTask -SyncTaskId $args[0] -Confirm:$false | Wait-HwTask -PollIntervalSec 5 -TimeoutSec 20", SyncingTask).ThrowIfFailed();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), "no poll interval was waited: " + clock.Elapsed);
        var task = Assert.Single(run.Output);
        ModuleAssert.IsLocatedModel(task, "Oms.OmsSyncTask");
        Assert.Equal("Stopped", task.Text("Status"));
        var path = "/v2/" + EmulatorProcess.ProjectId + "/sync-tasks/" + SyncingTask;
        Assert.Equal(new[] { "POST " + path + "/stop", "GET " + path, "GET " + path }, (await _fixture.Emulator.RequestsAsync()).MethodsAndPaths());
    }

    [Fact]
    public void A_Kafka_task_still_executing_at_the_timeout_is_WaitTimeout_with_no_output()
    {
        var run = _fixture.Session.Run(
            "Get-KafkaBackgroundTask -InstanceId $args[0] -TaskId $args[1] | Wait-HwTask -TimeoutSec 1 -PollIntervalSec 0.2", EmulatorProcess.KafkaInstanceId, ExecutingKafkaTask);

        Assert.Empty(run.Output);
        var error = ModuleAssert.SingleError(run);
        Assert.Equal("WaitTimeout,HwTasks.Commands." + Command, error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Contains("Kafka task 'modifyAutoTopic' (" + ExecutingKafkaTask + ") of instance " + EmulatorProcess.KafkaInstanceId + " is still Executing after", error.Exception.Message);
        Assert.Equal(ExecutingKafkaTask, PSObject.AsPSObject(error.TargetObject).Prop("TaskId"));
    }

    [Fact]
    public async Task A_Kafka_task_removed_while_waiting_is_KafkaBackgroundTaskNotFound()
    {
        var run = _fixture.Session.Run(
            "$t = Get-KafkaBackgroundTask -InstanceId $args[0] -TaskId $args[1]; Remove-KafkaBackgroundTask -InstanceId $args[0] -TaskId $args[1] -Confirm:$false; " +
            "$t | Wait-HwTask -TimeoutSec 5 -PollIntervalSec 0.2", EmulatorProcess.KafkaInstanceId, ExecutingKafkaTask);

        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal(new[] { "GET", "DELETE", "GET" }, logged.Select(l => l.Method));
        ModuleAssert.ServiceError(run, logged[2], "KafkaBackgroundTaskNotFound", Command, ErrorCategory.ObjectNotFound, "DMS.00404041");
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task An_unsupported_object_is_UnsupportedInputObject_and_sends_nothing()
    {
        var run = _fixture.Session.Run("'jdbc2hive' | Wait-HwTask -TimeoutSec 1");

        var error = ModuleAssert.InvalidArgument(run, "UnsupportedInputObject", Command, "it cannot wait on a String");
        Assert.Equal("jdbc2hive", error.TargetObject);
        Assert.Empty(run.Output);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Fact]
    public async Task A_CDM_run_reports_progress_until_it_succeeds()
    {
        await SeedCdmJobAsync(0.8);

        var run = _fixture.Session.Run("Start-CdmJob -ClusterId $args[0] -JobName job | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 20", Cluster).ThrowIfFailed();

        var final = Assert.Single(run.Output);
        ModuleAssert.IsLocatedModel(final, "Cdm.CdmJobSubmission");
        Assert.Equal("Succeeded", final.Text("Status"));
        var activity = "Waiting for CDM job 'job' on cluster " + Cluster;
        var processing = run.Progress.Where(p => p.RecordType == ProgressRecordType.Processing).ToList();
        Assert.NotEmpty(processing);
        Assert.All(processing, p =>
        {
            Assert.Equal(activity, p.Activity);
            Assert.Equal(1, p.ActivityId);
            Assert.InRange(p.PercentComplete, 0, 100);
            Assert.Matches("^(Booting|Running) after [0-9]+ s$", p.StatusDescription);
        });
        var completed = run.Progress.Last();
        Assert.Equal(ProgressRecordType.Completed, completed.RecordType);
        Assert.Equal(activity, completed.Activity);
    }
}
