using System.Management.Automation;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Aom;

[Collection(EmulatorCollection.Name)]
public sealed class AomWorkflowCmdletTests : IAsyncLifetime
{
    private static readonly string ListPath = "/v1/" + EmulatorProcess.ProjectId + "/cms/workflow-list";
    private static readonly string WorkflowPath = "/v1/" + EmulatorProcess.ProjectId + "/cms/workflow/";
    private readonly EmulatorFixture _fixture;

    public AomWorkflowCmdletTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private PowerShellRun Run(string script, params object[] args) => _fixture.Session.Run(script, args);

    [Fact]
    public async Task Get_lists_every_workflow_as_typed_objects_in_one_request()
    {
        var run = Run("Get-AomWorkflow").ThrowIfFailed();

        Assert.Equal(5, run.Output.Count);
        Assert.All(run.Output, o => ModuleAssert.IsLocatedModel(o, "Aom.AomWorkflow"));
        var nightly = Assert.Single(run.Output, o => o.Text("WorkflowId") == "wf-cron-nightly-cleanup");
        Assert.Equal("nightly-log-cleanup", nightly.Prop("Name"));
        Assert.Equal("Cron", nightly.Text("Type"));
        Assert.Equal("Enabled", nightly.Text("TriggerState"));
        Assert.Equal("0 2 * * *", nightly.Prop("Cron"));
        Assert.IsType<DateTimeOffset>(nightly.Prop("CreateTime"));
        Assert.Equal("Disabled", Assert.Single(run.Output, o => o.Text("WorkflowId") == "wf-cron-weekly-report").Text("TriggerState"));

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("POST " + ListPath, logged.Method + " " + logged.PathAndQuery);
        Assert.Equal("{\"page\":0,\"size\":100}", logged.Body);
        Assert.Equal("application/json", logged.Header("Content-Type"));
        Assert.Equal(200, logged.Status);
    }

    [Fact]
    public async Task Get_Name_and_Type_search_on_the_service()
    {
        var run = Run("Get-AomWorkflow -Name cleanup -Type CRON").ThrowIfFailed();

        Assert.Equal("wf-cron-nightly-cleanup", Assert.Single(run.Output).Text("WorkflowId"));
        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("{\"page\":0,\"size\":100,\"search\":\"cleanup\",\"type\":\"cron\"}", logged.Body);
    }

    [Fact]
    public async Task Set_trigger_sends_the_action_and_writes_a_result_with_the_request_id()
    {
        var run = Run("Set-AomWorkflowTrigger -WorkflowId wf-cron-weekly-report -State Enabled").ThrowIfFailed();

        var result = Assert.Single(run.Output);
        ModuleAssert.IsLocatedModel(result, "Aom.AomTriggerResult");
        Assert.Equal("wf-cron-weekly-report", result.Prop("WorkflowId"));
        Assert.Equal("Enabled", result.Text("State"));
        Assert.Equal("{\"success\"}", result.Prop("Response"));
        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal("PUT " + WorkflowPath + "wf-cron-weekly-report/trigger/action?action=enable", logged.Method + " " + logged.PathAndQuery);
        Assert.Equal(0, logged.BodyLength);
        Assert.Equal(200, logged.Status);
        Assert.Equal(logged.RequestId, result.Prop("RequestId"));
    }

    [Fact]
    public async Task An_unknown_workflow_is_AomWorkflowNotFound_with_the_request_id()
    {
        var run = Run("Set-AomWorkflowTrigger wf-nope Disabled");

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal(WorkflowPath + "wf-nope/trigger/action?action=disable", logged.PathAndQuery);
        var error = ModuleAssert.ServiceError(run, logged, "AomWorkflowNotFound", "Aom.SetAomWorkflowTriggerCommand", ErrorCategory.ObjectNotFound, "AOM.31001404");
        Assert.Equal("wf-nope", error.TargetObject);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task A_manual_workflow_has_no_trigger_the_services_400_is_InvalidArgument()
    {
        var run = Run("Set-AomWorkflowTrigger -WorkflowId wf-manual-failover -State Enabled");

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal(400, logged.Status);
        ModuleAssert.ServiceError(run, logged, "InvalidRequest", "Aom.SetAomWorkflowTriggerCommand", ErrorCategory.InvalidArgument, "AOM.31001302");
    }

    [Fact]
    public async Task A_400_while_listing_is_InvalidArgument()
    {
        await _fixture.Emulator.FaultAsync(new { method = "POST", path = "/v1/*/cms/workflow-list", kind = "status", status = 400 });

        var run = Run("Get-AomWorkflow");

        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        ModuleAssert.ServiceError(run, logged, "InvalidRequest", "Aom.GetAomWorkflowCommand", ErrorCategory.InvalidArgument, "HTTP 400");
    }

    [Fact]
    public async Task WhatIf_sends_nothing()
    {
        var run = Run("Set-AomWorkflowTrigger -WorkflowId wf-cron-nightly-cleanup -State Disabled -WhatIf").ThrowIfFailed();

        Assert.Empty(run.Output);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Theory]
    [InlineData("Set-AomWorkflowTrigger -WorkflowId ('w' * 65) -State Enabled", "WorkflowId", "1 to 64 characters")]
    [InlineData("Set-AomWorkflowTrigger -WorkflowId '../x' -State Enabled", "WorkflowId", "must not contain '/'")]
    [InlineData("Set-AomWorkflowTrigger -WorkflowId \"wf`r`nx\" -State Enabled", "WorkflowId", "control characters")]
    [InlineData("Set-AomWorkflowTrigger -WorkflowId '' -State Enabled", "WorkflowId", "empty")]
    [InlineData("Set-AomWorkflowTrigger -WorkflowId wf-1 -State On", "State", "does not belong to the set")]
    [InlineData("Get-AomWorkflow -Type weekly", "Type", "does not belong to the set")]
    public Task Bad_arguments_are_refused_before_any_request(string command, string parameter, string problem) =>
        _fixture.RefusedBeforeAnyRequestAsync(command, parameter, problem);

    [Fact]
    public async Task Get_Type_cron_piped_to_Set_trigger_Disabled_disables_every_cron_workflow()
    {
        var run = Run("Get-AomWorkflow -Type cron | Set-AomWorkflowTrigger -State Disabled").ThrowIfFailed();

        Assert.Equal(new[] { "wf-cron-nightly-cleanup", "wf-cron-weekly-report" }, run.Output.Select(o => o.Text("WorkflowId")).Order());
        Assert.All(run.Output, o => Assert.Equal("Disabled", o.Text("State")));
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal("POST " + ListPath, logged[0].Method + " " + logged[0].PathAndQuery);
        Assert.Equal("{\"page\":0,\"size\":100,\"type\":\"cron\"}", logged[0].Body);
        Assert.Equal(new[] { "wf-cron-nightly-cleanup", "wf-cron-weekly-report" }.Select(id => "PUT " + WorkflowPath + id + "/trigger/action?action=disable"),
            logged.Skip(1).MethodsAndPaths().Order());

        var after = Run("Get-AomWorkflow -Type cron").ThrowIfFailed();
        Assert.Equal(2, after.Output.Count);
        Assert.All(after.Output, o => Assert.Equal("Disabled", o.Text("TriggerState")));
        Assert.Equal("Enabled", Run("Get-AomWorkflow -Type event -Name disk").ThrowIfFailed().Output.Single().Text("TriggerState"));
    }
}
