using System.Text.Json;
using HwTasks.Module.Tests.Hosting;
using HwTasks.Emulator;

namespace HwTasks.Module.Tests.Soak;

/// <summary>
/// The emulator state a soak needs (docs/EMULATOR.md, Seed format): each runspace's own workflow,
/// job and sync task to read, and one stopped resource for every start in the plan. Runs are
/// short (CDM 1 s, DataArts 1 s) so the emulator stays cheap while hundreds of them go on.
/// </summary>
internal static class SoakSeed
{
    public static string Json(IReadOnlyCollection<SoakStep> steps, int runspaces)
    {
        var owners = Enumerable.Range(0, runspaces).Select(SoakPlan.Own).ToList();
        IEnumerable<string> Started(string command) => steps.Where(s => s.Call.Command == command).Select(s => s.Target);

        var seed = new
        {
            cdm = new
            {
                clusters = new[]
                {
                    new
                    {
                        id = EmulatorDefaults.CdmClusterId, name = "cdm-soak",
                        jobs = owners.Select(name => CdmJob(name, lastRunHoursAgo: 1)).Concat(Started("Start-CdmJob").Select(name => CdmJob(name, null))),
                    },
                },
            },
            aom = new { workflows = owners.Select(id => new { id, name = id, type = "cron", triggerEnabled = true, cron = "0 2 * * *" }) },
            oms = new { syncTasks = owners.Concat(Started("Start-OmsSyncTask")).Select(id => new { id, srcBucket = "soak-src", dstBucket = "soak-dst", status = "STOPPED" }) },
            dataArts = new
            {
                workspaces = new[]
                {
                    new { id = EmulatorDefaults.DataArtsWorkspaceId, tasks = Started("Start-DataArtsMetadataTask").Select(id => new { id, name = id, runSeconds = 1, scheduleEnabled = false }) },
                },
            },
            kafka = new { instances = new[] { new { id = EmulatorDefaults.KafkaInstanceId, generateTasks = 50, generateDays = 60 } } },
        };
        return JsonSerializer.Serialize(seed);
    }

    private static object CdmJob(string name, double? lastRunHoursAgo) =>
        new { name, bootSeconds = 0, runSeconds = 1, rows = 10, lastRunHoursAgo };
}
