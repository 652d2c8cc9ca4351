using System.Management.Automation;
using HwTasks.Internal;
using HwTasks.Jobs;
using HwTasks.Internal.Waiting;
using HwTasks.Core.Services.Oms;
using HwTasks.Validation;

namespace HwTasks.Commands.Oms
{
    /// <summary>Stops a synchronizing OMS sync task, then writes it as it is now.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "OmsSyncTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(OmsSyncTask), typeof(HwTaskJob))]
    public sealed class StopOmsSyncTaskCommand : OmsCmdlet, IThrottled, IForceable, IRunsAsJob
    {
        /// <summary>Runs the command as a job in this session (Get-Job, Receive-Job, Wait-Job, Stop-Job) and writes the job.</summary>
        [Parameter]
        public SwitchParameter AsJob { get; set; }

        /// <summary>After the stop, waits until the service says it has stopped, with progress, and writes the final state.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(0.1, 3600.0)]
        public double PollIntervalSec { get; set; } = 5;

        [Parameter]
        [ValidateRange(1.0, 604800.0)]
        public double WaitTimeoutSec { get; set; } = 3600;

        private readonly PendingWaits _waits = new PendingWaits();

        protected override void OnEnd() => _waits.Run(this, WaitTimeoutSec, PollIntervalSec);

        protected override void OnStopped() => _waits.Abandon(this);

        /// <summary>Acts without asking for confirmation (for unattended scripts); -WhatIf still sends nothing.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>How many piped items' requests may be in flight at once (1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 255, What = "an OMS sync task id")]
        [ArgumentCompleter(typeof(OmsSyncTaskIdCompleter))]
        public string[] SyncTaskId { get; set; } = new string[0];

        protected override void ProcessRecord()
        {
            if (QueuedForJob("Stop OMS sync task " + IdList(SyncTaskId))) return;
            ForEachId(SyncTaskId, task => "Stop OMS sync task " + task, "OmsSyncTaskNotFound", async (task, call, ct) =>
            {
                await Oms.StopSyncTaskAsync(call.Target, task, call.Options, ct).ConfigureAwait(false);
                var stopped = await Oms.GetSyncTaskAsync(call.Target, task, call.Options, ct).ConfigureAwait(false);
                _waits.WriteOrKeep(call, Wait, stopped, () => new OmsSyncTaskWaitable(call.Target, stopped));
            });
        }
    }
}
