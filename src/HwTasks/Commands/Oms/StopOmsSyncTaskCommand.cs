using System.Management.Automation;
using HwTasks.Core.Services.Oms;
using HwTasks.Validation;

namespace HwTasks.Commands.Oms
{
    /// <summary>Stops a synchronizing OMS sync task, then writes it as it is now.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "OmsSyncTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(OmsSyncTask))]
    public sealed class StopOmsSyncTaskCommand : OmsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 255, What = "an OMS sync task id")]
        public string SyncTaskId { get; set; } = string.Empty;

        protected override void ProcessRecord()
        {
            if (!ShouldChange("Stop OMS sync task " + SyncTaskId)) return;
            ForItem(SyncTaskId, "OmsSyncTaskNotFound", () =>
            {
                Call((target, options, ct) => Oms.StopSyncTaskAsync(target, SyncTaskId, options, ct));
                WriteObject(Call((target, options, ct) => Oms.GetSyncTaskAsync(target, SyncTaskId, options, ct)));
            });
        }
    }
}
