namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// The AOM workflow models of the official Python SDK, huaweicloudsdkaom v1, as written down from
/// huaweicloud-sdk-python-v3 3.1.211 (commit 343a486b5c8ab656611159f314df6e575d0f6398),
/// huaweicloud-sdk-aom/huaweicloudsdkaom/v1/model/*.py: attribute_map names, openapi_types types.
/// UpdateWorkflowTriggerStatusResponse is one "body": "str", the whole answer as text.
/// </summary>
internal static class AomSdkModels
{
    // workflow.py. nodes (Node), global_parameters (Parameter), steps (Step) and template_i18n
    // (WorkFlowModel) are models the emulator does not send: only their outer type is checked.
    public static readonly SdkModel Workflow = new("Workflow", new Dictionary<string, SdkType>
    {
        ["id"] = SdkType.Str,
        ["name"] = SdkType.Str,
        ["type"] = SdkType.Str,
        ["description"] = SdkType.Str,
        ["tags"] = SdkType.MapOf(SdkType.Str),
        ["create_time"] = SdkType.Int,
        ["create_by"] = SdkType.Str,
        ["update_time"] = SdkType.Int,
        ["update_by"] = SdkType.Str,
        ["template_name"] = SdkType.Str,
        ["template_id"] = SdkType.Str,
        ["input"] = SdkType.MapOf(SdkType.Object),
        ["last_execution_id"] = SdkType.Str,
        ["status"] = SdkType.Str,
        ["citation_urns"] = SdkType.ListOf(SdkType.Str),
        ["last_execution_end_time"] = SdkType.Int,
        ["last_execution_start_time"] = SdkType.Int,
        ["quote"] = SdkType.ListOf(SdkType.Str),
        ["job_name"] = SdkType.Str,
        ["job_id"] = SdkType.Str,
        ["service_scenario"] = SdkType.Str,
        ["service_name"] = SdkType.Str,
        ["task_type"] = SdkType.Str,
        ["project_id"] = SdkType.Str,
        ["workflow_id"] = SdkType.Str,
        ["task_status"] = SdkType.Str,
        ["nodes"] = SdkType.ListOf(SdkType.Object),
        ["edit_time"] = SdkType.Int,
        ["execution_action_rules"] = SdkType.ListOf(SdkType.Str),
        ["execution_permission"] = SdkType.ListOf(SdkType.Str),
        ["global_parameters"] = SdkType.ListOf(SdkType.Object),
        ["is_delete"] = SdkType.Bool,
        ["steps"] = SdkType.ListOf(SdkType.Object),
        ["output"] = SdkType.Str,
        ["trigger_id"] = SdkType.Str,
        ["trigger_status"] = SdkType.Str,
        ["approve_id"] = SdkType.Str,
        ["template_i18n"] = SdkType.Object,
        ["enterprise_project_id"] = SdkType.Str,
        ["last_execute_by"] = SdkType.Str,
    });

    // list_workflow_response.py
    public static readonly SdkModel ListWorkflowResponse = new("ListWorkflowResponse", new Dictionary<string, SdkType>
    {
        ["elements"] = SdkType.ListOf(Workflow),
        ["total_elements"] = SdkType.Int,
    });
}
