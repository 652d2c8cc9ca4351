using System.Management.Automation;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Foundation;

[Collection(EmulatorCollection.Name)]
public sealed class InvokeHwCloudRequestTests : IAsyncLifetime
{
    private readonly EmulatorFixture _fixture;

    public InvokeHwCloudRequestTests(EmulatorFixture fixture) => _fixture = fixture;

    public Task InitializeAsync() => _fixture.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_signed_request_from_the_session_default_verifies_and_returns_parsed_json()
    {
        var run = _fixture.Session.Run(
            "Invoke-HwCloudRequest -Service Cdm -Path \"/v1.1/{project_id}/clusters/$($args[0])/cdm/job/jdbc2hive\" -Query @{ page_size = 5 }",
            EmulatorProcess.ClusterId).ThrowIfFailed();

        var job = Assert.Single(Assert.Single(run.Output).Properties["jobs"].Value as object[] ?? Array.Empty<object>()) as PSObject;
        Assert.Equal("jdbc2hive", job!.Properties["name"].Value);
        var logged = Assert.Single(await _fixture.Emulator.RequestsAsync());
        Assert.Equal(200, logged.Status);
        Assert.Equal("GET", logged.Method);
        Assert.Equal("/v1.1/" + EmulatorProcess.ProjectId + "/clusters/" + EmulatorProcess.ClusterId + "/cdm/job/jdbc2hive?page_size=5", logged.PathAndQuery);
        Assert.Equal(EmulatorProcess.ProjectId, logged.Header("X-Project-Id"));
        Assert.Equal("REDACTED", logged.Header("Authorization"));
        Assert.Matches(@"^HwTasks/0\.1\.0 PowerShell/7\.6\.\d+ \(.+\)$", logged.Header("User-Agent"));
    }

    [Fact]
    public async Task A_body_object_is_sent_as_json_and_a_non_json_answer_comes_back_as_text()
    {
        var run = _fixture.Session.Run(
            "Invoke-HwCloudRequest -Service Aom -Method PUT -Path '/v1/{project_id}/cms/workflow/wf-cron-weekly-report/trigger/action' -Query @{ action = 'enable' }").ThrowIfFailed();
        var list = _fixture.Session.Run(
            "Invoke-HwCloudRequest -Service Aom -Method POST -Path '/v1/{project_id}/cms/workflow-list' -Body @{ search = 'weekly'; page = 0; size = 10 }").ThrowIfFailed();

        Assert.Equal("{\"success\"}", Assert.Single(run.Output).BaseObject);
        var element = Assert.Single((object[])list.Output[0].Properties["elements"].Value) as PSObject;
        Assert.Equal("enable", element!.Properties["trigger_status"].Value);
        var logged = await _fixture.Emulator.RequestsAsync();
        Assert.Equal("{\"search\":\"weekly\",\"page\":0,\"size\":10}".Length, logged[1].BodyLength);
        Assert.Contains("\"search\":\"weekly\"", logged[1].Body);
    }

    [Fact]
    public void A_404_is_a_non_terminating_ObjectNotFound_error_with_the_service_code_and_request_id()
    {
        var run = _fixture.Session.Run(
            "Invoke-HwCloudRequest -Service Cdm -Path \"/v1.1/{project_id}/clusters/$($args[0])/cdm/job/no_such_job/status\"; 'after'",
            EmulatorProcess.ClusterId);

        var error = Assert.Single(run.Errors);
        Assert.Equal("NotFound,HwTasks.Commands.Requests.InvokeHwCloudRequestCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Matches(@"^CDM request failed: HTTP 404 Not Found, Cdm\.0100: Job\[no_such_job\] doesn't exist\. \(request id [0-9a-f]{32}\)$", error.Exception.Message);
        Assert.Equal("after", Assert.Single(run.Output).BaseObject);
    }

    [Fact]
    public async Task WhatIf_sends_nothing()
    {
        var run = _fixture.Session.Run(
            "Invoke-HwCloudRequest -Service Oms -Method POST -Path '/v2/{project_id}/sync-tasks/f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b/stop' -WhatIf").ThrowIfFailed();

        Assert.Empty(run.Output);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Fact]
    public async Task A_project_path_for_IAM_which_has_no_project_is_refused_before_sending()
    {
        var run = _fixture.Session.Run("Invoke-HwCloudRequest -Service Iam -Path '/v3/{project_id}/x'");

        var error = Assert.Single(run.Errors);
        Assert.Equal("ProjectIdRequired,HwTasks.Commands.Requests.InvokeHwCloudRequestCommand", error.FullyQualifiedErrorId);
        Assert.Contains("IAM calls get none", error.Exception.Message);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }

    [Theory]
    [InlineData("-Path 'v1/x'", "InvalidPath")]
    [InlineData("-Path '/v1/../x'", "InvalidPath")]
    [InlineData("-Path '/v1/x?a=1'", "InvalidPath")]
    [InlineData("-Path '/v1/x' -Header @{ 'bad name' = 'v' }", "InvalidHeader")]
    [InlineData("-Path '/v1/x' -Header @{ workspace = \"a`r`nX-Injected: 1\" }", "InvalidHeader")]
    [InlineData("-Path '/v1/x' -Header @{ 'Content-Type' = 'text/plain' }", "InvalidHeader")]
    [InlineData("-Path '/v1/x' -Header @{ Authorization = 'x' }", "InvalidHeader")]
    public async Task Bad_input_is_refused_before_any_request(string arguments, string errorId)
    {
        var run = _fixture.Session.Run("Invoke-HwCloudRequest -Service Cdm " + arguments);

        Assert.Equal(errorId + ",HwTasks.Commands.Requests.InvokeHwCloudRequestCommand", Assert.Single(run.Errors).FullyQualifiedErrorId);
        Assert.Empty(await _fixture.Emulator.RequestsAsync());
    }
}
