using HwTasks.Core.Services.Aom;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Services;

/// <summary>An AOM workflow in the SDK's Workflow form, which has no cron, and with the cron the module's first emulator sent.</summary>
public class AomWireFormsTests
{
    private static async Task<AomWorkflow> ListOneAsync(string workflow)
    {
        await using var server = ServiceAnswer.Serving("{\"elements\":[" + workflow + "],\"total_elements\":1}");
        return Assert.Single((await new AomClient().ListWorkflowsAsync(Target(server.BaseUri, service: AomService.Instance), null, null, 0, 10, FastOptions(), default)).Items);
    }

    [Fact]
    public async Task A_workflow_in_the_SDKs_field_set_reads_with_no_cron()
    {
        var workflow = await ListOneAsync("""
            {"id":"wf-1","name":"cleanup","type":"cron","description":"d","tags":{"team":"ops"},"create_time":1718000000000,"create_by":"ops",
             "update_time":1718000000000,"update_by":"ops","template_name":"t","template_id":"t1","input":{"disk":{"size":10}},
             "last_execution_id":"e1","status":"success","citation_urns":[],"last_execution_end_time":1718000000000,
             "last_execution_start_time":1718000000000,"quote":[],"nodes":[{"id":"n1","ignore_error":false,"metadata":{"type":"x","configuration":{}}}],
             "edit_time":1718000000000,"global_parameters":[{"param_name":"p","required":true}],"is_delete":false,
             "steps":[{"id":"s1","input":{"a":"b"}}],"trigger_id":"tr-1","trigger_status":"enable","template_i18n":{"en-us":{"name":"n"}},
             "enterprise_project_id":"0","last_execute_by":"ops"}
            """);

        Assert.Equal("wf-1", workflow.WorkflowId);
        Assert.Equal(AomWorkflowType.Cron, workflow.Type);
        Assert.Equal(AomTriggerState.Enabled, workflow.TriggerState);
        Assert.Equal(AomWorkflowStatus.Success, workflow.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1718000000000), workflow.LastExecutionStartedTime);
        Assert.Null(workflow.Cron);
    }

    [Fact]
    public async Task A_cron_beyond_the_SDK_model_still_reads_when_a_service_sends_it()
    {
        var workflow = await ListOneAsync("""{"id":"wf-1","type":"cron","cron":"0 2 * * *"}""");

        Assert.Equal("0 2 * * *", workflow.Cron);
    }
}
