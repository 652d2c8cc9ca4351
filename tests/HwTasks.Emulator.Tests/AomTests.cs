using System.Net;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class AomTests
{
    private const string Cms = "/v1/" + TestEmulator.Project + "/cms/";

    internal static async Task<string?> TriggerStatusAsync(SignedClient client, string workflowId)
    {
        var list = await (await client.SendAsync("POST", Cms + "workflow-list", body: "{\"page\":0,\"size\":100}")).ReadObjectAsync();
        return (string?)list["elements"]!.AsArray().Single(e => (string?)e!["id"] == workflowId)!["trigger_status"];
    }

    [Fact]
    public async Task Enable_answers_the_literal_success_body_and_the_list_shows_it()
    {
        await using var emu = await TestEmulator.StartAsync();
        var response = await emu.Client.SendAsync("PUT", Cms + "workflow/wf-cron-weekly-report/trigger/action", "action=enable");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("{\"success\"}"u8.ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("enable", await TriggerStatusAsync(emu.Client, "wf-cron-weekly-report"));

        await emu.Client.SendAsync("PUT", Cms + "workflow/wf-cron-weekly-report/trigger/action", "action=disable");
        Assert.Equal("disable", await TriggerStatusAsync(emu.Client, "wf-cron-weekly-report"));
    }

    [Theory]
    [InlineData("action=start")]
    [InlineData("")]
    public async Task Bad_action_is_400_invalid_param(string query)
    {
        await using var emu = await TestEmulator.StartAsync();
        var response = await emu.Client.SendAsync("PUT", Cms + "workflow/wf-cron-weekly-report/trigger/action", query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("{\"error_code\":\"AOM.31001302\",\"error_msg\":\"Invalid param\",\"http_code\":400}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Workflow_id_longer_than_64_is_400_and_unknown_is_404()
    {
        await using var emu = await TestEmulator.StartAsync();
        var longId = new string('w', 65);
        await (await emu.Client.SendAsync("PUT", Cms + "workflow/" + longId + "/trigger/action", "action=enable"))
            .AssertErrorAsync(400, "error_code", "AOM.31001302");
        var missing = await (await emu.Client.SendAsync("PUT", Cms + "workflow/nope/trigger/action", "action=enable"))
            .AssertErrorAsync(404, "error_code", "AOM.31001404");
        Assert.Equal(404, (int)missing["http_code"]!);
    }

    [Fact]
    public async Task List_filters_by_type_and_pages_from_zero()
    {
        await using var emu = await TestEmulator.StartAsync();
        var cron = await (await emu.Client.SendAsync("POST", Cms + "workflow-list", body: "{\"type\":\"cron\",\"page\":0,\"size\":1}")).ReadObjectAsync();
        Assert.Equal(2, (int)cron["total_elements"]!);
        var element = Assert.Single(cron["elements"]!.AsArray())!;
        foreach (var field in new[] { "id", "name", "type", "status", "trigger_id", "trigger_status", "create_time", "update_time", "last_execution_start_time" })
            Assert.True(element.AsObject().ContainsKey(field), field);
        Assert.Equal("cron", (string?)element["type"]);

        var manual = await (await emu.Client.SendAsync("POST", Cms + "workflow-list", body: "{\"type\":\"manual\"}")).ReadObjectAsync();
        Assert.Null(manual["elements"]![0]!["trigger_id"]);
        var search = await (await emu.Client.SendAsync("POST", Cms + "workflow-list", body: "{\"search\":\"disk\"}")).ReadObjectAsync();
        Assert.Equal(1, (int)search["total_elements"]!);
    }
}
