using System;
using System.Management.Automation;
using HwTasks.Core.Errors;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;
using HwTasks.Jobs;
using HwTasks.Internal.Waiting;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>Stops a running CDM job, then writes its latest run.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "CdmJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(CdmJobSubmission), typeof(HwTaskJob))]
    public sealed class StopCdmJobCommand : CdmJobCmdlet, IThrottled, IForceable, IRunsAsJob
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

        protected override void ProcessRecord()
        {
            if (QueuedForJob(JobsSentence("Stop"))) return;
            var cluster = ClusterId;
            ForEachId(JobName, job => JobSentence("Stop", job), "CdmJobNotFound", async (job, call, ct) =>
            {
                foreach (var message in await Cdm.StopJobAsync(call.Target, cluster, job, call.Options, ct).ConfigureAwait(false))
                {
                    var text = "CDM job '" + job + "': " + Core.Errors.RemoteText.Clean(message.Message);
                    if (string.Equals(message.Status, "ERROR", StringComparison.OrdinalIgnoreCase))
                    {
                        call.Fail(new ErrorRecord(new HwCloudException(HwCloudErrorKind.Service, "CdmJobStopRefused", text),
                            "CdmJobStopRefused", ErrorCategory.InvalidOperation, job));
                        return;
                    }
                    call.Warning(text);
                }
                foreach (var submission in await Cdm.GetJobStatusAsync(call.Target, cluster, job, call.Options, ct).ConfigureAwait(false))
                {
                    _waits.WriteOrKeep(call, Wait, submission, () => new CdmRunWaitable(call.Target, submission, stopping: true));
                }
            });
        }
    }
}
