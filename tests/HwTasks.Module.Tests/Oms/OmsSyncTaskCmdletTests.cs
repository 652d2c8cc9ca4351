using System.Management.Automation;
using System.Text.Json;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Oms;

[Collection(EmulatorCollection.Name)]
public sealed class OmsSyncTaskCmdletTests : IAsyncLifetime
{
    private const string AwsTask = "f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private const string SyncingTask = "0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e";
    private const string UrlListTask = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";
    // Plain alphanumerics, so the JSON the module writes needs no escaping and the test can hash it.
    private const string SourceAk = "SRCAKOMSTEST00000001";
    private const string SourceSk = "SrcSecretKeyOmsTest000000000000000000001";
    private const string DestinationAk = "DSTAKOMSTEST00000001";
    private const string DestinationSk = "DstSecretKeyOmsTest000000000000000000001";
    private static readonly string TasksPath = "/v2/" + EmulatorProcess.ProjectId + "/sync-tasks";
    private static readonly string[] KeyValues = [SourceAk, SourceSk, DestinationAk, DestinationSk];
    private readonly EmulatorFixture _fixture;

    public OmsSyncTaskCmdletTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync()
    {
        _fixture.Session.Set("Source", new PSCredential(SourceAk, EmulatorFixture.Secure(SourceSk)));
        _fixture.Session.Set("Destination", new PSCredential(DestinationAk, EmulatorFixture.Secure(DestinationSk)));
        return _fixture.ResetAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private PowerShellRun Run(string script, params object[] args) => _fixture.Session.Run(script, args);

    private static string[] BodyKeys(LoggedRequest logged)
    {
        using var body = JsonDocument.Parse(logged.Body!);
        Assert.All(body.RootElement.EnumerateObject(), p => Assert.Equal("REDACTED", p.Value.GetString()));
        return body.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
    }

    [Fact]
    public async Task Get_lists_every_sync_task_as_typed_objects()
    {
        var run = Run("Get-OmsSyncTask").ThrowIfFailed();

        Assert.Equal(3, run.Output.Count);
        Assert.All(run.Output, o => ModuleAssert.IsLocatedModel(o, "Oms.OmsSyncTask"));
        var aws = Assert.Single(run.Output, o => o.Text("SyncTaskId") == AwsTask);
        Assert.Equal("Stopped", aws.Text("Status"));
        Assert.Equal("AWS", aws.Prop("SourceCloudType"));
        Assert.Equal("hw-prod-assets", aws.Prop("DestinationBucket"));
        Assert.Equal(false, aws.Prop("IsUrlList"));
        Assert.IsType<DateTimeOffset>(aws.Prop("CreateTime"));
        Assert.Equal(true, Assert.Single(run.Output, o => o.Text("SyncTaskId") == UrlListTask).Prop("IsUrlList"));

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("GET " + TasksPath + "?limit=100&offset=0", logged.Method + " " + logged.PathAndQuery);
        Assert.Equal(200, logged.Status);
    }

    [Fact]
    public async Task Get_Status_Stopped_filters_on_the_service()
    {
        var run = Run("Get-OmsSyncTask -Status Stopped").ThrowIfFailed();

        Assert.Equal(new[] { UrlListTask, AwsTask }, run.Output.Select(o => o.Text("SyncTaskId")));
        Assert.Equal(new[] { "GET " + TasksPath + "?limit=100&offset=0&status=STOPPED" }, (await _fixture.Emulator.RequestsAsync()).MethodsAndPaths());
    }

    [Fact]
    public async Task Get_by_SyncTaskId_reads_the_monthly_counters()
    {
        var run = Run("Get-OmsSyncTask -SyncTaskId $args[0]", AwsTask).ThrowIfFailed();

        var task = Assert.Single(run.Output);
        ModuleAssert.IsLocatedModel(task, "Oms.OmsSyncTask");
        Assert.Equal(182340L, task.Prop("MonthlySuccessObject"));
        Assert.Equal(12L, task.Prop("MonthlyFailureObject"));
        Assert.Equal(new[] { "GET " + TasksPath + "/" + AwsTask }, (await _fixture.Emulator.RequestsAsync()).MethodsAndPaths());
    }

    [Fact]
    public async Task An_unknown_sync_task_is_OmsSyncTaskNotFound_with_the_request_id()
    {
        var run = Run("Get-OmsSyncTask -SyncTaskId nosuchtask");

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        var error = ModuleAssert.ServiceError(run, logged, "OmsSyncTaskNotFound", "Oms.GetOmsSyncTaskCommand", ErrorCategory.ObjectNotFound, "OMS.1103");
        Assert.Equal("nosuchtask", error.TargetObject);
    }

    [Fact]
    public async Task Start_sends_the_four_keys_in_the_exact_body_and_writes_the_task()
    {
        var run = Run("Start-OmsSyncTask -SyncTaskId $args[0] -SourceCredential $Source -DestinationCredential $Destination", AwsTask).ThrowIfFailed();

        var task = Assert.Single(run.Output);
        ModuleAssert.IsLocatedModel(task, "Oms.OmsSyncTask");
        Assert.Equal("Synchronizing", task.Text("Status"));
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal(new[] { "POST " + TasksPath + "/" + AwsTask + "/start", "GET " + TasksPath + "/" + AwsTask }, logged.MethodsAndPaths());
        Assert.Equal(new[] { "src_ak", "src_sk", "dst_ak", "dst_sk" }, BodyKeys(logged[0]));
        Assert.Equal(ModuleAssert.Sha256($$"""{"src_ak":"{{SourceAk}}","src_sk":"{{SourceSk}}","dst_ak":"{{DestinationAk}}","dst_sk":"{{DestinationSk}}"}"""),
            logged[0].BodySha256);
        Assert.Equal("application/json;charset=UTF-8", logged[0].Header("Content-Type"));
        Assert.Equal(200, logged[0].Status);
    }

    [Fact]
    public async Task Start_sends_the_CDN_key_when_given()
    {
        _fixture.Session.Set("Cdn", EmulatorFixture.Secure("CdnKeyOmsTest0001"));

        Run("Start-OmsSyncTask $args[0] -SourceCredential $Source -DestinationCredential $Destination -CdnAuthenticationKey $Cdn", AwsTask).ThrowIfFailed();

        var start = (await _fixture.Emulator.RequestsAsync())[0];
        Assert.Equal(new[] { "src_ak", "src_sk", "dst_ak", "dst_sk", "source_cdn_authentication_key" }, BodyKeys(start));
        Assert.Equal(ModuleAssert.Sha256($$"""{"src_ak":"{{SourceAk}}","src_sk":"{{SourceSk}}","dst_ak":"{{DestinationAk}}","dst_sk":"{{DestinationSk}}","source_cdn_authentication_key":"CdnKeyOmsTest0001"}"""),
            start.BodySha256);
    }

    [Fact]
    public async Task Get_Stopped_piped_to_Start_leaves_out_the_source_keys_for_the_URL_list_task_and_leaks_no_key()
    {
        var run = Run("Get-OmsSyncTask -Status Stopped | Start-OmsSyncTask -SourceCredential $Source -DestinationCredential $Destination -Debug -Verbose")
            .ThrowIfFailed();

        Assert.Equal(new[] { UrlListTask, AwsTask }, run.Output.Select(o => o.Text("SyncTaskId")));
        Assert.All(run.Output, o => Assert.Equal("Synchronizing", o.Text("Status")));
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal(new[]
        {
            "GET " + TasksPath + "?limit=100&offset=0&status=STOPPED",
            "POST " + TasksPath + "/" + UrlListTask + "/start", "GET " + TasksPath + "/" + UrlListTask,
            "POST " + TasksPath + "/" + AwsTask + "/start", "GET " + TasksPath + "/" + AwsTask,
        }, logged.MethodsAndPaths());
        Assert.Equal(new[] { "dst_ak", "dst_sk" }, BodyKeys(logged[1]));
        Assert.Equal(ModuleAssert.Sha256($$"""{"dst_ak":"{{DestinationAk}}","dst_sk":"{{DestinationSk}}"}"""), logged[1].BodySha256);
        Assert.Equal(new[] { "src_ak", "src_sk", "dst_ak", "dst_sk" }, BodyKeys(logged[3]));
        Assert.Equal(ModuleAssert.Sha256($$"""{"src_ak":"{{SourceAk}}","src_sk":"{{SourceSk}}","dst_ak":"{{DestinationAk}}","dst_sk":"{{DestinationSk}}"}"""),
            logged[3].BodySha256);

        Assert.Contains(run.Verbose, v => v.Contains("migrates a URL list; -SourceCredential is not sent"));
        Assert.NotEmpty(run.Debug);
        var streams = run.AllText();
        Assert.All(KeyValues, key => Assert.DoesNotContain(key, streams));
        var log = await _fixture.Emulator.RequestLogTextAsync();
        Assert.All(KeyValues, key => Assert.DoesNotContain(key, log));
    }

    [Fact]
    public async Task Starting_what_Get_Status_Stopped_lists_starts_every_task_across_pages()
    {
        // Each start takes a task out of the STOPPED listing while it is being paged.
        var tasks = Enumerable.Range(0, 130).Select(i => "{ \"id\": \"stopped-" + i.ToString("000") + "\", \"status\": \"STOPPED\", \"createdHoursAgo\": " + (i + 1) + " }");
        await _fixture.Emulator.SeedAsync("{ \"oms\": { \"syncTasks\": [ " + string.Join(", ", tasks) + " ] } }");

        var run = Run("Get-OmsSyncTask -Status Stopped | Start-OmsSyncTask -SourceCredential $Source -DestinationCredential $Destination").ThrowIfFailed();

        Assert.Equal(130, run.Output.Select(o => o.Text("SyncTaskId")).Distinct().Count());
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal(130, logged.Count(l => l.Method == "POST" && l.Status == 200));
        Assert.Empty(Run("Get-OmsSyncTask -Status Stopped").ThrowIfFailed().Output);
    }

    [Fact]
    public async Task A_task_that_needs_source_keys_without_SourceCredential_is_SourceCredentialRequired_and_sends_nothing()
    {
        var run = Run("Start-OmsSyncTask -SyncTaskId $args[0] -DestinationCredential $Destination", AwsTask);

        var error = ModuleAssert.InvalidArgument(run, "SourceCredentialRequired", "Oms.StartOmsSyncTaskCommand", "pass -SourceCredential");
        Assert.Equal(AwsTask, error.TargetObject);
        Assert.Empty(run.Output);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Theory]
    [InlineData("-SourceCredential ([pscredential]::new('a' * 101, $Destination.Password)) -DestinationCredential $Destination", "InvalidSourceCredential", "1 to 100 characters")]
    [InlineData("-SourceCredential $Source -DestinationCredential ([pscredential]::new($Destination.UserName, $Long))", "InvalidDestinationCredential", "1 to 100 characters")]
    [InlineData("-SourceCredential $Source -DestinationCredential $Destination -CdnAuthenticationKey $Cdn", "InvalidCdnAuthenticationKey", "at most 255 characters")]
    public async Task Keys_over_their_limits_are_refused_before_any_request(string arguments, string errorId, string problem)
    {
        _fixture.Session.Set("Long", EmulatorFixture.Secure(new string('s', 101)));
        _fixture.Session.Set("Cdn", EmulatorFixture.Secure(new string('c', 256)));

        var run = Run("Start-OmsSyncTask -SyncTaskId $args[0] " + arguments, AwsTask);

        ModuleAssert.InvalidArgument(run, errorId, "Oms.StartOmsSyncTaskCommand", problem);
        Assert.DoesNotContain(new string('s', 101), run.AllText());
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Fact]
    public async Task Starting_a_synchronizing_task_is_the_services_400_as_InvalidArgument()
    {
        var run = Run("Start-OmsSyncTask -SyncTaskId $args[0] -SourceCredential $Source -DestinationCredential $Destination", SyncingTask);

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal(400, logged.Status);
        ModuleAssert.ServiceError(run, logged, "InvalidRequest", "Oms.StartOmsSyncTaskCommand", ErrorCategory.InvalidArgument, "OMS.1101");
        Assert.Empty(run.Output);
        Assert.All(KeyValues, key => Assert.DoesNotContain(key, run.AllText()));
    }

    [Fact]
    public async Task Starting_an_unknown_task_is_OmsSyncTaskNotFound()
    {
        var run = Run("Start-OmsSyncTask -SyncTaskId nosuchtask -SourceCredential $Source -DestinationCredential $Destination");

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        ModuleAssert.ServiceError(run, logged, "OmsSyncTaskNotFound", "Oms.StartOmsSyncTaskCommand", ErrorCategory.ObjectNotFound, "OMS.1103");
    }

    [Fact]
    public async Task Stop_stops_and_writes_the_task_as_it_is_now()
    {
        var run = Run("Stop-OmsSyncTask -SyncTaskId $args[0] -Confirm:$false", SyncingTask).ThrowIfFailed();

        var task = Assert.Single(run.Output);
        ModuleAssert.IsLocatedModel(task, "Oms.OmsSyncTask");
        Assert.Equal("Stopped", task.Text("Status"));
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal(new[] { "POST " + TasksPath + "/" + SyncingTask + "/stop", "GET " + TasksPath + "/" + SyncingTask }, logged.MethodsAndPaths());
        Assert.Equal(0, logged[0].BodyLength);
        Assert.Equal(200, logged[0].Status);
    }

    [Fact]
    public async Task Stopping_a_stopped_task_is_the_services_400_as_InvalidArgument()
    {
        var run = Run("Stop-OmsSyncTask -SyncTaskId $args[0] -Confirm:$false", AwsTask);

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        var error = ModuleAssert.ServiceError(run, logged, "InvalidRequest", "Oms.StopOmsSyncTaskCommand", ErrorCategory.InvalidArgument, "OMS.1102");
        Assert.Equal(AwsTask, error.TargetObject);
    }

    [Fact]
    public async Task WhatIf_sends_nothing()
    {
        var run = Run("Start-OmsSyncTask $args[0] -SourceCredential $Source -DestinationCredential $Destination -WhatIf; Stop-OmsSyncTask $args[1] -WhatIf",
            AwsTask, SyncingTask).ThrowIfFailed();

        Assert.Empty(run.Output);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Theory]
    [InlineData("Get-OmsSyncTask -SyncTaskId '../x'", "must not contain '/'")]
    [InlineData("Get-OmsSyncTask -SyncTaskId ('t' * 256)", "1 to 255 characters")]
    [InlineData("Stop-OmsSyncTask -SyncTaskId \"a`nb\" -Confirm:$false", "control characters")]
    [InlineData("Start-OmsSyncTask -SyncTaskId ' ' -DestinationCredential $Destination", "empty or whitespace")]
    public Task Bad_sync_task_ids_are_refused_before_any_request(string command, string problem) =>
        _fixture.RefusedBeforeAnyRequestAsync(command, "SyncTaskId", problem);
}
