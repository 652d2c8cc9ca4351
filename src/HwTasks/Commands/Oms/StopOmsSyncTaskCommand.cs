using System.Management.Automation;
using HwTasks.Internal;
using HwTasks.Core.Services.Oms;
using HwTasks.Validation;

namespace HwTasks.Commands.Oms
{
    /// <summary>Stops a synchronizing OMS sync task, then writes it as it is now.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "OmsSyncTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(OmsSyncTask))]
    public sealed class StopOmsSyncTaskCommand : OmsCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 255, What = "an OMS sync task id")]
        public string SyncTaskId { get; set; } = string.Empty;

        protected override void ProcessRecord()
        {
            if (!ShouldChange("Stop OMS sync task " + SyncTaskId)) return;
            var task = SyncTaskId;
            ForItemCall(task, "OmsSyncTaskNotFound", async (call, ct) =>
            {
                await Oms.StopSyncTaskAsync(call.Target, task, call.Options, ct).ConfigureAwait(false);
                call.Write(await Oms.GetSyncTaskAsync(call.Target, task, call.Options, ct).ConfigureAwait(false));
            });
        }
    }
}
