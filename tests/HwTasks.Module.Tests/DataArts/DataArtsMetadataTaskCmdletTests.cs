using System.Management.Automation;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.DataArts;

[Collection(EmulatorCollection.Name)]
public sealed class DataArtsMetadataTaskCmdletTests : IAsyncLifetime
{
    private const string Workspace = EmulatorProcess.WorkspaceId;
    private const string CatalogTask = "2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a";
    private const string SalesTask = "1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f";
    private static readonly string TasksPath = "/v3/" + EmulatorProcess.ProjectId + "/metadata/tasks";
    private readonly EmulatorFixture _fixture;

    public DataArtsMetadataTaskCmdletTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private PowerShellRun Run(string script, params object[] args) => _fixture.Session.Run(script, [Workspace, .. args]);

    /// <summary>The workspace header goes on the wire with its lower-case name and the workspace id.</summary>
    private static void SentWorkspace(LoggedRequest logged)
    {
        var header = Assert.Single(logged.Headers, h => h.Key.Equals("workspace", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("workspace", header.Key);
        Assert.Equal(Workspace, header.Value);
    }

    [Theory]
    [InlineData("Start-DataArtsMetadataTask", "start", "Start")]
    [InlineData("Start-DataArtsMetadataTask -Schedule", "schedule", "Schedule")]
    [InlineData("Stop-DataArtsMetadataTask -Confirm:$false", "stop", "Stop")]
    public async Task An_action_posts_to_the_task_with_the_workspace_header_and_writes_the_ids(string command, string action, string actionName)
    {
        var run = Run(command + " -WorkspaceId $args[0] -TaskId $args[1]", CatalogTask).ThrowIfFailed();

        var result = Assert.Single(run.Output);
        ModuleAssert.IsLocatedModel(result, "DataArts.DataArtsTaskActionResult");
        Assert.Equal(Workspace, result.Prop("WorkspaceId"));
        Assert.Equal(CatalogTask, result.Prop("TaskId"));
        Assert.Equal(actionName, result.Text("Action"));
        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("POST " + TasksPath + "/" + CatalogTask + "/action?action=" + action, logged.Method + " " + logged.PathAndQuery);
        SentWorkspace(logged);
        Assert.Equal(0, logged.BodyLength);
        Assert.Equal(200, logged.Status);
        Assert.Equal(logged.RequestId, result.Prop("RequestId"));
    }

    [Fact]
    public async Task Get_by_TaskId_reads_the_schedule_and_last_run()
    {
        var run = Run("Get-DataArtsMetadataTask -WorkspaceId $args[0] -TaskId $args[1]", SalesTask).ThrowIfFailed();

        var task = Assert.Single(run.Output);
        ModuleAssert.IsLocatedModel(task, "DataArts.DataArtsMetadataTask");
        Assert.Equal("collect_dws_sales", task.Prop("Name"));
        Assert.Equal(Workspace, task.Prop("WorkspaceId"));
        Assert.Equal("DWS", task.Prop("DataSourceType"));
        var schedule = PSObject.AsPSObject(task.Prop("Schedule"));
        Assert.Equal(true, schedule.Prop("Enabled"));
        Assert.Equal("0 0 2 * * ?", schedule.Prop("CronExpression"));
        Assert.IsType<DateTimeOffset>(task.Prop("NextRunTime"));
        Assert.IsType<DateTimeOffset>(task.Prop("LastRunTime"));
        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("GET " + TasksPath + "/" + SalesTask, logged.Method + " " + logged.PathAndQuery);
        SentWorkspace(logged);
    }

    [Fact]
    public async Task Get_without_TaskId_searches_the_workspace()
    {
        var all = Run("Get-DataArtsMetadataTask -WorkspaceId $args[0]").ThrowIfFailed();
        var some = Run("Get-DataArtsMetadataTask -WorkspaceId $args[0] -Name dli").ThrowIfFailed();

        Assert.Equal(4, all.Output.Count);
        Assert.All(all.Output, o => ModuleAssert.IsLocatedModel(o, "DataArts.DataArtsMetadataTask"));
        Assert.All(all.Output, o => Assert.Equal(Workspace, o.Prop("WorkspaceId")));
        Assert.Equal(CatalogTask, Assert.Single(some.Output).Prop("TaskId"));
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.All(logged, l => Assert.Equal("POST " + TasksPath + "/search", l.Method + " " + l.PathAndQuery));
        Assert.All(logged, SentWorkspace);
        Assert.Equal(new[] { "{\"limit\":100,\"offset\":0}", "{\"name\":\"dli\",\"limit\":100,\"offset\":0}" }, logged.Select(l => l.Body));
        Assert.All(logged, l => Assert.Equal("application/json", l.Header("Content-Type")));
    }

    [Theory]
    [InlineData("Start-DataArtsMetadataTask", "StartDataArtsMetadataTaskCommand", "POST")]
    [InlineData("Stop-DataArtsMetadataTask -Confirm:$false", "StopDataArtsMetadataTaskCommand", "POST")]
    [InlineData("Get-DataArtsMetadataTask", "GetDataArtsMetadataTaskCommand", "GET")]
    public async Task An_unknown_task_is_DataArtsTaskNotFound_with_the_request_id(string command, string type, string method)
    {
        var run = Run(command + " -WorkspaceId $args[0] -TaskId nosuchtask");

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal(method, logged.Method);
        var error = ModuleAssert.ServiceError(run, logged, "DataArtsTaskNotFound", "DataArts." + type, ErrorCategory.ObjectNotFound, "DLG.0404");
        Assert.Equal("nosuchtask", error.TargetObject);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task A_task_in_another_workspace_is_not_found()
    {
        var run = _fixture.Session.Run("Start-DataArtsMetadataTask -WorkspaceId ffffffffffffffffffffffffffffffff -TaskId $args[0]", CatalogTask);

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("ffffffffffffffffffffffffffffffff", logged.Header("workspace"));
        ModuleAssert.ServiceError(run, logged, "DataArtsTaskNotFound", "DataArts.StartDataArtsMetadataTaskCommand", ErrorCategory.ObjectNotFound, "DLG.0404");
    }

    [Fact]
    public async Task Starting_a_running_task_is_the_services_400_as_InvalidArgument()
    {
        Run("Start-DataArtsMetadataTask -WorkspaceId $args[0] -TaskId $args[1] | Out-Null", CatalogTask).ThrowIfFailed();
        await _fixture.Emulator.ResetLogAsync();

        var run = Run("Start-DataArtsMetadataTask -WorkspaceId $args[0] -TaskId $args[1]", CatalogTask);

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal(400, logged.Status);
        ModuleAssert.ServiceError(run, logged, "InvalidRequest", "DataArts.StartDataArtsMetadataTaskCommand", ErrorCategory.InvalidArgument, "DLG.0409");
    }

    [Fact]
    public async Task WhatIf_sends_nothing()
    {
        var run = Run("Start-DataArtsMetadataTask $args[1] -WorkspaceId $args[0] -WhatIf; Start-DataArtsMetadataTask $args[1] -WorkspaceId $args[0] -Schedule -WhatIf; " +
                      "Stop-DataArtsMetadataTask $args[1] -WorkspaceId $args[0] -WhatIf", CatalogTask).ThrowIfFailed();

        Assert.Empty(run.Output);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Theory]
    [InlineData("Start-DataArtsMetadataTask -TaskId t -WorkspaceId \"ws`r`nX-Injected: 1\"", "WorkspaceId", "control characters")]
    [InlineData("Get-DataArtsMetadataTask -TaskId t -WorkspaceId \"ws`nx\"", "WorkspaceId", "control characters")]
    [InlineData("Stop-DataArtsMetadataTask -TaskId t -WorkspaceId ('w' * 65) -Confirm:$false", "WorkspaceId", "1 to 64 characters")]
    [InlineData("Get-DataArtsMetadataTask -WorkspaceId '../x'", "WorkspaceId", "must not contain '/'")]
    [InlineData("Start-DataArtsMetadataTask -TaskId t -WorkspaceId ''", "WorkspaceId", "empty")]
    [InlineData("Start-DataArtsMetadataTask -WorkspaceId w -TaskId '../x'", "TaskId", "must not contain '/'")]
    [InlineData("Get-DataArtsMetadataTask -WorkspaceId w -TaskId ('t' * 65)", "TaskId", "1 to 64 characters")]
    public Task Bad_ids_are_refused_before_any_request(string command, string parameter, string problem) =>
        _fixture.RefusedBeforeAnyRequestAsync(command, parameter, problem);

    [Fact]
    public async Task Start_piped_to_Wait_HwTask_writes_the_task_after_its_run()
    {
        await _fixture.Emulator.SeedAsync("""
            { "dataArts": { "workspaces": [ { "id": "0833a5737480d53b2f25c010dc1a7b88", "tasks": [
              { "id": "quick", "name": "collect_quick", "runSeconds": 0.6 } ] } ] } }
            """);

        var run = Run("Start-DataArtsMetadataTask -WorkspaceId $args[0] -TaskId quick | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 20").ThrowIfFailed();

        var task = Assert.Single(run.Output);
        ModuleAssert.IsLocatedModel(task, "DataArts.DataArtsMetadataTask");
        Assert.Equal("SUCCESS", task.Prop("LastRunStatus"));
        Assert.Equal("quick", task.Prop("TaskId"));
        Assert.Contains(run.Progress, p => p.Activity == "Waiting for DataArts task 'collect_quick' (quick) in workspace " + Workspace);
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal("POST " + TasksPath + "/quick/action?action=start", logged[0].Method + " " + logged[0].PathAndQuery);
        Assert.True(logged.Count >= 3, "polled until the run ended");
        Assert.All(logged.Skip(1), l => Assert.Equal("GET " + TasksPath + "/quick", l.Method + " " + l.PathAndQuery));
        Assert.All(logged, SentWorkspace);
    }

    [Fact]
    public async Task Schedule_turns_the_schedule_on_and_Stop_turns_it_off()
    {
        Assert.Equal(false, ScheduleEnabled());

        Run("Start-DataArtsMetadataTask -WorkspaceId $args[0] -TaskId $args[1] -Schedule | Out-Null", CatalogTask).ThrowIfFailed();
        Assert.Equal(true, ScheduleEnabled());

        Run("Stop-DataArtsMetadataTask -WorkspaceId $args[0] -TaskId $args[1] -Confirm:$false | Out-Null", CatalogTask).ThrowIfFailed();
        Assert.Equal(false, ScheduleEnabled());

        Assert.Equal(new[] { "GET", "POST schedule", "GET", "POST stop", "GET" },
            (await _fixture.Emulator.RequestsAsync()).Select(l => l.Method + (l.Query.Length > 0 ? " " + l.Query.Split('=')[1] : "")));
    }

    private object? ScheduleEnabled() =>
        PSObject.AsPSObject(Run("Get-DataArtsMetadataTask -WorkspaceId $args[0] -TaskId $args[1]", CatalogTask).ThrowIfFailed().Output.Single().Prop("Schedule")).Prop("Enabled");
}
