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
        [TextArgument]
        [ValidateIdentifier(1, 255, What = "an OMS sync task id")]
        public string SyncTaskId { get; set; } = string.Empty;

        protected override void ProcessRecord()
        {
            if (!ShouldChange("Stop OMS sync task " + SyncTaskId)) return;
            ForItem(SyncTaskId, "OmsSyncTaskNotFound", () =>
            {
                var target = Target;
                var options = NewCallOptions();
                Await(ct => Oms.StopSyncTaskAsync(target, SyncTaskId, options, ct));
                WriteObject(Await(ct => Oms.GetSyncTaskAsync(target, SyncTaskId, options, ct)));
            });
        }
    }
}
