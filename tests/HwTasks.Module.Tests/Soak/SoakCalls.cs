using HwTasks.Emulator;

namespace HwTasks.Module.Tests.Soak;

/// <summary>
/// One cmdlet the soak mixes: how often it is drawn, the class its error ids name, and what its
/// success writes. A start names the request that starts something, so the request log can show
/// how often the service acted on one call.
/// </summary>
internal sealed record SoakCall(string Command, int Weight, string Cmdlet, string OutputType, StartRequest? Start = null)
{
    /// <summary>How many objects a success writes for this target (Kafka's target is its -First).</summary>
    public int Writes(string target) => Command == "Get-KafkaBackgroundTask" ? int.Parse(target, System.Globalization.CultureInfo.InvariantCulture) : 1;
}

/// <summary>The request a start sends: method and path with {t} for the target it starts.</summary>
internal sealed record StartRequest(string Method, string PathTemplate)
{
    public string Path(string target) => PathTemplate.Replace("{t}", target, StringComparison.Ordinal);
}

internal static class SoakCalls
{
    private const string Project = EmulatorDefaults.ProjectCnNorth4;

    /// <summary>Weights out of 100: reads 45, the idempotent trigger change 20, starts 35.</summary>
    public static readonly IReadOnlyList<SoakCall> All = new SoakCall[]
    {
        new("Get-CdmJobStatus", 12, "Cdm.GetCdmJobStatusCommand", "HwTasks.Core.Services.Cdm.CdmJobSubmission"),
        new("Get-KafkaBackgroundTask", 12, "Kafka.GetKafkaBackgroundTaskCommand", "HwTasks.Core.Services.Kafka.KafkaBackgroundTask"),
        new("Get-OmsSyncTask", 11, "Oms.GetOmsSyncTaskCommand", "HwTasks.Core.Services.Oms.OmsSyncTask"),
        new("Get-AomWorkflow", 10, "Aom.GetAomWorkflowCommand", "HwTasks.Core.Services.Aom.AomWorkflow"),
        new("Set-AomWorkflowTrigger", 20, "Aom.SetAomWorkflowTriggerCommand", "HwTasks.Core.Services.Aom.AomTriggerResult"),
        new("Start-CdmJob", 12, "Cdm.StartCdmJobCommand", "HwTasks.Core.Services.Cdm.CdmJobSubmission",
            new("PUT", "/v1.1/" + Project + "/clusters/" + EmulatorDefaults.CdmClusterId + "/cdm/job/{t}/start")),
        new("Start-DataArtsMetadataTask", 12, "DataArts.StartDataArtsMetadataTaskCommand", "HwTasks.Core.Services.DataArts.DataArtsTaskActionResult",
            new("POST", "/v3/" + Project + "/metadata/tasks/{t}/action")),
        new("Start-OmsSyncTask", 11, "Oms.StartOmsSyncTaskCommand", "HwTasks.Core.Services.Oms.OmsSyncTask",
            new("POST", "/v2/" + Project + "/sync-tasks/{t}/start")),
    };
}
