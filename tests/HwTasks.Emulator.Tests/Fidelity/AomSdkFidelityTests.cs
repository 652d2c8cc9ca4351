using HwTasks.Emulator.Tests.Infrastructure;
using static HwTasks.Emulator.Tests.Fidelity.AomSdkModels;

namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// Every AOM answer the module reads, held to the SDK's models. UpdateWorkflowTriggerStatus's is text
/// (the SDK's one "body" str), the seed document's literal {"success"}, which AomTests checks byte for byte.
/// </summary>
public sealed class AomSdkFidelityTests
{
    private const string Cms = "/v1/" + TestEmulator.Project + "/cms/";

    [Fact]
    public async Task ListWorkflow_answers_ListWorkflowResponse_for_every_kind_of_workflow_and_trigger()
    {
        await using var emu = await TestEmulator.StartAsync();
        await emu.Client.SendAsync("PUT", Cms + "workflow/wf-cron-weekly-report/trigger/action", "action=enable");

        var list = await (await emu.Client.SendAsync("POST", Cms + "workflow-list", body: "{\"page\":0,\"size\":100}")).ReadObjectAsync();

        Assert.Equal(new[] { "cron", "event", "manual" }, list["elements"]!.AsArray().Select(w => (string)w!["type"]!).Distinct().Order());
        SdkShape.AssertConforms(list, ListWorkflowResponse);
    }
}
