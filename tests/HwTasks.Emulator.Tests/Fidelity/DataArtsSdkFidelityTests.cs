using System.Text.Json.Nodes;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Tests.Infrastructure;
using static HwTasks.Emulator.Tests.Fidelity.DataArtsSdkModels;

namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// Every DataArts metadata task answer the module reads, in each state of a run and a schedule, and the
/// instance and workspace lists, held to the SDK's models.
/// </summary>
public sealed class DataArtsSdkFidelityTests
{
    private const string Instances = "/v1/" + TestEmulator.Project + "/instances";
    private const string WorkspacesOf = "/v1/" + TestEmulator.Project + "/workspaces/";
    private const string Tasks = "/v3/" + TestEmulator.Project + "/metadata/tasks/";
    private const string NeverRun = "2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a";
    private const string Failing = "3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b";
    private static readonly Dictionary<string, string> Workspace = new() { ["workspace"] = EmulatorDefaults.DataArtsWorkspaceId };

    private const string RunStatusWhy = "the module's wait on a run observes nothing else; the SDK model has no run status";
    private static readonly SdkDeviation RunStatus = new("last_run_status", SdkType.Str, RunStatusWhy);
    private static readonly SdkDeviation ListedRunStatus = new("resources[].last_run_status", SdkType.Str, RunStatusWhy);

    private static Task<HttpResponseMessage> SendAsync(TestEmulator emu, string method, string path, string? query = null, string? body = null) =>
        emu.Client.SendAsync(method, Tasks + path, query, body, Workspace);

    private static async Task<JsonObject> ShowAsync(TestEmulator emu, string id) => await (await SendAsync(emu, "GET", id)).ReadObjectAsync();

    [Fact]
    public async Task ShowTaskInfo_answers_ShowTaskInfoResponse_before_during_and_after_each_kind_of_run()
    {
        await using var emu = await TestEmulator.StartAsync();
        SdkShape.AssertConforms(await ShowAsync(emu, NeverRun), ShowTaskInfoResponse, RunStatus);

        await SendAsync(emu, "POST", NeverRun + "/action", "action=start");
        await SendAsync(emu, "POST", Failing + "/action", "action=start");
        SdkShape.AssertConforms(await ShowAsync(emu, NeverRun), ShowTaskInfoResponse, RunStatus);
        emu.Advance(9);
        SdkShape.AssertConforms(await ShowAsync(emu, NeverRun), ShowTaskInfoResponse, RunStatus);
        SdkShape.AssertConforms(await ShowAsync(emu, Failing), ShowTaskInfoResponse, RunStatus);

        await SendAsync(emu, "POST", NeverRun + "/action", "action=schedule");
        SdkShape.AssertConforms(await ShowAsync(emu, NeverRun), ShowTaskInfoResponse, RunStatus);
        await SendAsync(emu, "POST", NeverRun + "/action", "action=start");
        await SendAsync(emu, "POST", NeverRun + "/action", "action=stop");
        var stopped = await ShowAsync(emu, NeverRun);
        Assert.Equal("STOPPED", (string?)stopped["last_run_status"]);
        SdkShape.AssertConforms(stopped, ShowTaskInfoResponse, RunStatus);
    }

    [Fact]
    public async Task ShowTaskList_answers_ShowTaskListResponse()
    {
        await using var emu = await TestEmulator.StartAsync();

        var page = await (await SendAsync(emu, "POST", "search", body: "{\"limit\":100,\"offset\":0}")).ReadObjectAsync();

        Assert.Equal(4, page["resources"]!.AsArray().Count);
        SdkShape.AssertConforms(page, ShowTaskListResponse, ListedRunStatus);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("schedule")]
    [InlineData("stop")]
    public async Task ExecuteTaskAction_answers_no_body_as_ExecuteTaskActionResponse_has_no_field(string action)
    {
        await using var emu = await TestEmulator.StartAsync();

        var response = await SendAsync(emu, "POST", NeverRun + "/action", "action=" + action);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ListDataArtsStudioInstances_and_ListManagerWorkSpaces_answer_their_responses_on_every_page()
    {
        await using var emu = await TestEmulator.StartAsync();
        var seeded = SeedLoader.Parse("""
            {"dataArts":{
              "instances":[{"id":"i-main","name":"dataarts-main"},{"id":"i-lab","name":"dataarts-lab","status":4},{"id":"i-bare","name":"dataarts-bare"}],
              "workspaces":[{"id":"w1","name":"sales"},{"id":"w2","name":"finance","instanceId":"i-main"},{"id":"w3","name":"sandbox","instanceId":"i-lab"}]}}
            """);
        await using var varied = await TestEmulator.StartAsync(seeded);

        SdkShape.AssertConforms(await (await emu.Client.SendAsync("GET", Instances)).ReadObjectAsync(), ListDataArtsStudioInstancesResponse);
        SdkShape.AssertConforms(await (await emu.Client.SendAsync("GET", WorkspacesOf + EmulatorDefaults.DataArtsInstanceId)).ReadObjectAsync(),
            ListManagerWorkSpacesResponse);
        foreach (var query in new[] { "limit=1&offset=1", "limit=20&offset=3" })
            SdkShape.AssertConforms(await (await varied.Client.SendAsync("GET", Instances, query)).ReadObjectAsync(), ListDataArtsStudioInstancesResponse);
        foreach (var (instance, query) in new[] { ("i-main", "limit=1&offset=1"), ("i-lab", "limit=20&offset=0"), ("i-bare", "limit=20&offset=0") })
            SdkShape.AssertConforms(await (await varied.Client.SendAsync("GET", WorkspacesOf + instance, query)).ReadObjectAsync(), ListManagerWorkSpacesResponse);
    }
}
