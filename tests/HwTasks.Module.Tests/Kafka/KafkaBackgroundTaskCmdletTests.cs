using System.Globalization;
using System.Management.Automation;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Kafka;

[Collection(EmulatorCollection.Name)]
public sealed class KafkaBackgroundTaskCmdletTests : IAsyncLifetime
{
    private const string Instance = EmulatorProcess.KafkaInstanceId;
    private const string ExecutingTask = "8abfa7b372160bfd0172165864064079";
    private const string SucceededTask = "8abfa7b372160bfd017216560af83e6e";
    private static readonly string TasksPath = "/v2/" + EmulatorProcess.ProjectId + "/instances/" + Instance + "/tasks";
    private readonly EmulatorFixture _fixture;

    public KafkaBackgroundTaskCmdletTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private PowerShellRun Run(string script, params object[] args) => _fixture.Session.Run(script, [Instance, .. args]);

    private Task SeedGeneratedTasksAsync(int count) => _fixture.Emulator.SeedAsync(
        "{ \"kafka\": { \"instances\": [ { \"id\": \"" + Instance + "\", \"generateTasks\": " + count + ", \"generateDays\": 60 } ] } }");

    [Fact]
    public async Task Get_lists_every_task_newest_first_as_typed_objects_in_one_request()
    {
        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0]").ThrowIfFailed();

        Assert.Equal(50, run.Output.Count);
        var newest = run.Output[0];
        ModuleAssert.IsLocatedModel(newest, "Kafka.KafkaBackgroundTask");
        Assert.Equal(ExecutingTask, newest.Prop("TaskId"));
        Assert.Equal(Instance, newest.Prop("InstanceId"));
        Assert.Equal("modifyAutoTopic", newest.Prop("Name"));
        Assert.Equal("Executing", newest.Text("Status"));
        Assert.IsType<DateTimeOffset>(newest.Prop("CreatedAt"));
        var parameters = Assert.IsAssignableFrom<IDictionary<string, object?>>(newest.Prop("Params"));
        Assert.Equal(false, parameters["new_auto_status"]);
        Assert.Equal("{\"old_auto_status\":true,\"new_auto_status\":false}", newest.Prop("ParamsJson"));
        Assert.True(run.Output.Select(o => (DateTimeOffset)o.Prop("CreatedAt")!).SequenceEqual(
            run.Output.Select(o => (DateTimeOffset)o.Prop("CreatedAt")!).OrderByDescending(t => t)));

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("GET", logged.Method);
        Assert.Equal(TasksPath + "?limit=100&start=0", logged.PathAndQuery);
        Assert.Equal(0, logged.BodyLength);
        Assert.Equal(EmulatorProcess.ProjectId, logged.Header("X-Project-Id"));
        Assert.Equal(200, logged.Status);
    }

    [Fact]
    public async Task Get_by_TaskId_reads_one_task()
    {
        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -TaskId $args[1]", SucceededTask).ThrowIfFailed();

        var task = Assert.Single(run.Output);
        ModuleAssert.IsLocatedModel(task, "Kafka.KafkaBackgroundTask");
        Assert.Equal("Success", task.Text("Status"));
        Assert.Equal("changeRetentionPolicy", task.Prop("Name"));
        Assert.Equal(new[] { "GET " + TasksPath + "/" + SucceededTask }, (await _fixture.Emulator.RequestsAsync()).MethodsAndPaths());
    }

    [Fact]
    public async Task After_and_Before_go_on_the_wire_as_UTC_yyyyMMddHHmmss()
    {
        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -After ([datetimeoffset]'2024-05-15T10:20:30+08:00') -Before ([datetimeoffset]'2024-05-16T01:02:03-02:00')")
            .ThrowIfFailed();

        Assert.Empty(run.Output);
        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal(TasksPath + "?begin_time=20240515022030&end_time=20240516030203&limit=100&start=0", logged.PathAndQuery);
    }

    [Fact]
    public async Task After_later_than_Before_is_InvalidTimeRange_before_any_request()
    {
        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -After ([datetime]::UtcNow) -Before ([datetime]::UtcNow.AddDays(-1))");

        ModuleAssert.InvalidArgument(run, "InvalidTimeRange", "Kafka.GetKafkaBackgroundTaskCommand", "must be earlier than -Before");
        Assert.Empty(run.Output);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Fact]
    public async Task An_unknown_task_is_KafkaBackgroundTaskNotFound_with_the_request_id()
    {
        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -TaskId nosuchtask");

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        var error = ModuleAssert.ServiceError(run, logged, "KafkaBackgroundTaskNotFound", "Kafka.GetKafkaBackgroundTaskCommand",
            ErrorCategory.ObjectNotFound, "DMS.00404041");
        Assert.Equal("nosuchtask", error.TargetObject);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task An_unknown_instance_is_KafkaBackgroundTaskNotFound_when_listing()
    {
        var run = _fixture.Session.Run("Get-KafkaBackgroundTask -InstanceId no-such-instance");

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        var error = ModuleAssert.ServiceError(run, logged, "KafkaBackgroundTaskNotFound", "Kafka.GetKafkaBackgroundTaskCommand",
            ErrorCategory.ObjectNotFound, "DMS.00404022");
        Assert.Equal("no-such-instance", error.TargetObject);
    }

    [Fact]
    public async Task A_400_from_the_service_is_InvalidArgument()
    {
        await _fixture.Emulator.FaultAsync(new { method = "GET", path = "/v2/*/instances/*/tasks", kind = "status", status = 400 });

        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0]");

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal(400, logged.Status);
        ModuleAssert.ServiceError(run, logged, "InvalidRequest", "Kafka.GetKafkaBackgroundTaskCommand", ErrorCategory.InvalidArgument, "HTTP 400");
    }

    [Theory]
    [InlineData("Get-KafkaBackgroundTask -InstanceId ('i' * 65)", "InstanceId", "1 to 64 characters")]
    [InlineData("Get-KafkaBackgroundTask -InstanceId '../x'", "InstanceId", "must not contain '/'")]
    [InlineData("Get-KafkaBackgroundTask -InstanceId ''", "InstanceId", "empty")]
    [InlineData("Get-KafkaBackgroundTask -InstanceId a -TaskId \"t`r`nX-Injected: 1\"", "TaskId", "control characters")]
    [InlineData("Remove-KafkaBackgroundTask -InstanceId a -TaskId '..' -Confirm:$false", "TaskId", "must not be '.' or '..'")]
    [InlineData("Remove-KafkaBackgroundTask -InstanceId '..\\x' -TaskId t -Confirm:$false", "InstanceId", "must not contain '/'")]
    public Task Bad_ids_are_refused_before_any_request(string command, string parameter, string problem) =>
        _fixture.RefusedBeforeAnyRequestAsync(command, parameter, problem);

    [Fact]
    public async Task Remove_deletes_the_task_and_writes_nothing_unless_PassThru()
    {
        var run = Run("Remove-KafkaBackgroundTask -InstanceId $args[0] -TaskId $args[1] -Confirm:$false", SucceededTask).ThrowIfFailed();

        Assert.Empty(run.Output);
        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("DELETE", logged.Method);
        Assert.Equal(TasksPath + "/" + SucceededTask, logged.PathAndQuery);
        Assert.Equal(0, logged.BodyLength);
        Assert.Equal(204, logged.Status);
        Assert.Single(Run("Get-KafkaBackgroundTask -InstanceId $args[0] -TaskId $args[1]", SucceededTask).Errors);
    }

    [Fact]
    public async Task Remove_PassThru_reads_the_task_first_and_writes_it()
    {
        var run = Run("Remove-KafkaBackgroundTask -InstanceId $args[0] -TaskId $args[1] -PassThru -Confirm:$false", SucceededTask).ThrowIfFailed();

        var removed = Assert.Single(run.Output);
        ModuleAssert.IsLocatedModel(removed, "Kafka.KafkaBackgroundTask");
        Assert.Equal(SucceededTask, removed.Prop("TaskId"));
        Assert.Equal(new[] { "GET " + TasksPath + "/" + SucceededTask, "DELETE " + TasksPath + "/" + SucceededTask },
            (await _fixture.Emulator.RequestsAsync()).MethodsAndPaths());
    }

    [Fact]
    public async Task Remove_of_an_unknown_task_is_KafkaBackgroundTaskNotFound()
    {
        var run = Run("Remove-KafkaBackgroundTask -InstanceId $args[0] -TaskId gone -Confirm:$false");

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("DELETE", logged.Method);
        var error = ModuleAssert.ServiceError(run, logged, "KafkaBackgroundTaskNotFound", "Kafka.RemoveKafkaBackgroundTaskCommand",
            ErrorCategory.ObjectNotFound, "DMS.00404041");
        Assert.Equal("gone", error.TargetObject);
    }

    [Fact]
    public async Task Remove_WhatIf_sends_nothing_and_has_high_impact()
    {
        var run = Run("Remove-KafkaBackgroundTask -InstanceId $args[0] -TaskId $args[1] -WhatIf -PassThru", SucceededTask).ThrowIfFailed();

        Assert.Empty(run.Output);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
        var impact = _fixture.Session.Run("(Get-Command Remove-KafkaBackgroundTask).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0].ConfirmImpact.ToString()")
            .ThrowIfFailed();
        Assert.Equal("High", Assert.Single(impact.Output).ToString());
    }

    [Fact]
    public async Task Get_Before_30_days_ago_piped_to_Remove_deletes_exactly_the_listed_tasks()
    {
        var before = DateTimeOffset.UtcNow.AddDays(-30);
        _fixture.Session.Set("Before", before);
        var listed = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -Before $Before | ForEach-Object TaskId").ThrowIfFailed()
            .Output.Select(o => o.ToString()).ToList();
        Assert.InRange(listed.Count, 5, 45);
        await _fixture.Emulator.ResetLogAsync();

        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -Before $Before | Remove-KafkaBackgroundTask -Confirm:$false").ThrowIfFailed();

        Assert.Empty(run.Output);
        var logged = await _fixture.Emulator.RequestsAsync();
        var endTime = before.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Assert.Equal("GET " + TasksPath + "?end_time=" + endTime + "&limit=100&start=0", logged[0].Method + " " + logged[0].PathAndQuery);
        Assert.Matches("^[0-9]{14}$", endTime);
        Assert.Equal(listed.Select(id => "DELETE " + TasksPath + "/" + id), logged.Skip(1).MethodsAndPaths());
        Assert.All(logged.Skip(1), l => Assert.Equal(204, l.Status));
        Assert.Empty(Run("Get-KafkaBackgroundTask -InstanceId $args[0] -Before $Before").ThrowIfFailed().Output);
        Assert.Equal(50 - listed.Count, Run("Get-KafkaBackgroundTask -InstanceId $args[0]").ThrowIfFailed().Output.Count);
    }

    [Fact]
    public async Task Get_piped_to_Remove_deletes_every_listed_task_across_pages()
    {
        // Deleting while listing shifts the offsets of the tasks not listed yet.
        await SeedGeneratedTasksAsync(400);
        var before = DateTimeOffset.UtcNow.AddDays(-30);
        _fixture.Session.Set("Before", before);
        var listed = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -Before $Before | ForEach-Object TaskId").ThrowIfFailed()
            .Output.Select(o => o.ToString()).ToList();
        Assert.InRange(listed.Count, 101, 300);
        await _fixture.Emulator.ResetLogAsync();

        Run("Get-KafkaBackgroundTask -InstanceId $args[0] -Before $Before | Remove-KafkaBackgroundTask -Confirm:$false").ThrowIfFailed();

        var deleted = (await _fixture.Emulator.RequestsAsync()).Where(l => l.Method == "DELETE").Select(l => l.Path[(TasksPath.Length + 1)..]).ToList();
        Assert.Equal(listed, deleted);
        Assert.Empty(Run("Get-KafkaBackgroundTask -InstanceId $args[0] -Before $Before").ThrowIfFailed().Output);
    }

    [Fact]
    public async Task First_5_of_10000_tasks_is_one_request_for_5()
    {
        await SeedGeneratedTasksAsync(10_000);

        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -First 5").ThrowIfFailed();

        Assert.Equal(5, run.Output.Count);
        Assert.Equal(new[] { "GET " + TasksPath + "?limit=5&start=0" }, (await _fixture.Emulator.RequestsAsync()).MethodsAndPaths());
    }

    [Fact]
    public async Task Skip_150_First_120_asks_for_exactly_the_needed_pages()
    {
        await SeedGeneratedTasksAsync(10_000);
        var expected = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -First 270 | ForEach-Object TaskId").ThrowIfFailed().Output.Skip(150).Select(o => o.ToString());
        await _fixture.Emulator.ResetLogAsync();

        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -Skip 150 -First 120").ThrowIfFailed();

        Assert.Equal(expected, run.Output.Select(o => o.Text("TaskId")));
        Assert.Equal(new[] { "GET " + TasksPath + "?limit=100&start=150", "GET " + TasksPath + "?limit=20&start=250" },
            (await _fixture.Emulator.RequestsAsync()).MethodsAndPaths());
    }

    [Theory]
    [InlineData(250, new[] { 0, 100, 200 })]
    [InlineData(200, new[] { 0, 100 })]
    public async Task A_full_listing_pages_to_completion_and_stops_after_the_last_page(int count, int[] starts)
    {
        await SeedGeneratedTasksAsync(count);

        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0]").ThrowIfFailed();

        Assert.Equal(count, run.Output.Select(o => o.Text("TaskId")).Distinct().Count());
        Assert.Equal(starts.Select(s => "GET " + TasksPath + "?limit=100&start=" + s), (await _fixture.Emulator.RequestsAsync()).MethodsAndPaths());
    }

    [Fact]
    public async Task IncludeTotalCount_writes_the_total_first()
    {
        await SeedGeneratedTasksAsync(10_000);

        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -IncludeTotalCount -First 3").ThrowIfFailed();

        Assert.Equal(4, run.Output.Count);
        Assert.Equal(10_000UL, run.Output[0].BaseObject);
        Assert.All(run.Output.Skip(1), o => ModuleAssert.IsLocatedModel(o, "Kafka.KafkaBackgroundTask"));
        Assert.Single(await _fixture.Emulator.RequestsAsync());
    }

    [Fact]
    public void A_service_that_repeats_a_page_stops_the_listing_with_a_warning()
    {
        using var server = new RepeatingPageServer(100, total: 1000);

        var run = Run("Get-KafkaBackgroundTask -InstanceId $args[0] -EndpointUrl $args[1]", server.Url).ThrowIfFailed();

        Assert.Equal(100, run.Output.Count);
        Assert.Equal("The service returned the same page twice at offset 100; stopping the listing there.", Assert.Single(run.Warnings));
        Assert.Equal(new[] { "start=0", "start=100" }, server.Queries.Select(q => q.Split('&').Single(p => p.StartsWith("start="))));
    }
}
