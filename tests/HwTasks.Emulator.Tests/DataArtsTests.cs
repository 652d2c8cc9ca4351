using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class DataArtsTests
{
    private const string Tasks = "/v3/" + TestEmulator.Project + "/metadata/tasks/";
    private const string ManualTask = "2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a"; // schedule disabled, runs 8 s
    private static readonly Dictionary<string, string> Workspace = new() { ["workspace"] = EmulatorDefaults.DataArtsWorkspaceId };

    private static string Text(long milliseconds) => milliseconds.ToString(CultureInfo.InvariantCulture);

    private static async Task<JsonObject> ShowAsync(TestEmulator emu, string id) =>
        await (await emu.Client.SendAsync("GET", Tasks + id, headers: Workspace)).ReadObjectAsync();

    [Fact]
    public async Task Start_runs_now_and_the_run_finishes_on_the_clock()
    {
        await using var emu = await TestEmulator.StartAsync();
        var response = await emu.Client.SendAsync("POST", Tasks + ManualTask + "/action", "action=start", headers: Workspace);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());

        var running = await ShowAsync(emu, ManualTask);
        Assert.Equal("RUNNING", (string?)running["last_run_status"]);
        // A string in the SDK's model; the emulator writes epoch milliseconds in it.
        Assert.Equal(JsonValueKind.String, running["last_run_time"].Kind());
        Assert.Equal(Text(emu.Server.Clock.NowMilliseconds), (string?)running["last_run_time"]);
        foreach (var field in new[] { "id", "name", "description", "user_name", "create_time", "update_time", "schedule_config", "last_run_time", "next_run_time", "data_source_type" })
            Assert.True(running.ContainsKey(field), field);

        emu.Advance(9);
        Assert.Equal("SUCCESS", (string?)(await ShowAsync(emu, ManualTask))["last_run_status"]);
    }

    [Fact]
    public async Task Schedule_enables_with_a_next_run_and_stop_disables_and_stops_the_run()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Client.SendAsync("POST", Tasks + ManualTask + "/action", "action=schedule", headers: Workspace);
        var scheduled = await ShowAsync(emu, ManualTask);
        Assert.Equal(1, (int)scheduled["schedule_config"]!["enabled"]!);
        Assert.Equal("0 30 */6 * * ?", (string?)scheduled["schedule_config"]!["cron_expression"]);
        var next = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse((string)scheduled["next_run_time"]!, CultureInfo.InvariantCulture));
        Assert.True(next > emu.Server.Clock.UtcNow);
        Assert.Equal(30, next.UtcDateTime.Minute);
        Assert.Equal(0, next.UtcDateTime.Hour % 6);

        // When the clock passes next_run_time, the scheduled run happens.
        emu.Advance((next - emu.Server.Clock.UtcNow).TotalSeconds + 1);
        var ran = await ShowAsync(emu, ManualTask);
        Assert.Equal(Text(next.ToUnixTimeMilliseconds()), (string?)ran["last_run_time"]);
        Assert.Equal("RUNNING", (string?)ran["last_run_status"]);

        await emu.Client.SendAsync("POST", Tasks + ManualTask + "/action", "action=stop", headers: Workspace);
        var stopped = await ShowAsync(emu, ManualTask);
        Assert.Equal(0, (int)stopped["schedule_config"]!["enabled"]!);
        Assert.Equal(JsonValueKind.Null, stopped["next_run_time"].Kind());
        Assert.Equal("STOPPED", (string?)stopped["last_run_status"]);
    }

    [Theory]
    [InlineData("action=run")]
    [InlineData("")]
    public async Task Bad_or_missing_action_is_400(string query)
    {
        await using var emu = await TestEmulator.StartAsync();
        var error = await (await emu.Client.SendAsync("POST", Tasks + ManualTask + "/action", query, headers: Workspace))
            .AssertErrorAsync(400, "error_code", "DLG.0001");
        Assert.NotNull(error["error_msg"]);
    }

    [Fact]
    public async Task Missing_workspace_is_400_and_unknown_task_or_wrong_workspace_is_404()
    {
        await using var emu = await TestEmulator.StartAsync();
        await (await emu.Client.SendAsync("POST", Tasks + ManualTask + "/action", "action=start")).AssertErrorAsync(400, "error_code", "DLG.0001");
        await (await emu.Client.SendAsync("POST", Tasks + "nope/action", "action=start", headers: Workspace)).AssertErrorAsync(404, "error_code", "DLG.0404");
        var otherWorkspace = new Dictionary<string, string> { ["workspace"] = "ffffffffffffffffffffffffffffffff" };
        await (await emu.Client.SendAsync("POST", Tasks + ManualTask + "/action", "action=start", headers: otherWorkspace)).AssertErrorAsync(404, "error_code", "DLG.0404");
    }

    [Fact]
    public async Task Search_defaults_to_ten_and_filters()
    {
        await using var emu = await TestEmulator.StartAsync();
        var all = await (await emu.Client.SendAsync("POST", Tasks + "search", body: "{}", headers: Workspace)).ReadObjectAsync();
        Assert.Equal(4, (int)all["total_records"]!);
        Assert.Equal(4, (int)all["count"]!);
        var named = await (await emu.Client.SendAsync("POST", Tasks + "search", body: "{\"name\":\"hive\",\"limit\":1,\"offset\":0}", headers: Workspace)).ReadObjectAsync();
        Assert.Equal("collect_mrs_hive", (string?)Assert.Single(named["resources"]!.AsArray())!["name"]);
        var byUser = await (await emu.Client.SendAsync("POST", Tasks + "search", body: "{\"user_name\":\"data-engineer\",\"limit\":1}", headers: Workspace)).ReadObjectAsync();
        Assert.Equal(2, (int)byUser["total_records"]!);
        Assert.Equal(1, (int)byUser["count"]!);
    }

    [Theory]
    [InlineData("\"{0}\"")]
    [InlineData("{0}")]
    public async Task Search_filters_on_create_time_with_start_and_end_time_as_text_or_numbers(string form)
    {
        await using var emu = await TestEmulator.StartAsync();
        var created = emu.Server.Clock.UtcNow - TimeSpan.FromHours(720); // the default seed's tasks
        string Window(DateTimeOffset from, DateTimeOffset to) => "{\"start_time\":" + string.Format(CultureInfo.InvariantCulture, form, from.ToUnixTimeMilliseconds()) +
            ",\"end_time\":" + string.Format(CultureInfo.InvariantCulture, form, to.ToUnixTimeMilliseconds()) + "}";

        var around = await (await emu.Client.SendAsync("POST", Tasks + "search", body: Window(created.AddHours(-1), created.AddHours(1)), headers: Workspace)).ReadObjectAsync();
        var after = await (await emu.Client.SendAsync("POST", Tasks + "search", body: Window(created.AddHours(1), created.AddHours(2)), headers: Workspace)).ReadObjectAsync();

        Assert.Equal(4, (int)around["total_records"]!);
        Assert.Equal(0, (int)after["total_records"]!);
    }
}
