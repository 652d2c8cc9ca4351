using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;
using HwTasks.Jobs;
using HwTasks.Internal.Waiting;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>Starts a CDM job (StartJob), optionally waiting for the run to finish.</summary>
    [Cmdlet(VerbsLifecycle.Start, "CdmJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CdmJobSubmission), typeof(HwTaskJob))]
    public sealed class StartCdmJobCommand : CdmJobCmdlet, IThrottled, IRunsAsJob
    {
        /// <summary>Runs the command as a job in this session (Get-Job, Receive-Job, Wait-Job, Stop-Job) and writes the job.</summary>
        [Parameter]
        public SwitchParameter AsJob { get; set; }

        /// <summary>How many piped items' requests may be in flight at once (1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        private List<KeyValuePair<string, string>> _variables = new List<KeyValuePair<string, string>>();

        /// <summary>Job variables as name = text; sent as {"variables":{...}} ({} when omitted).</summary>
        [Parameter]
        public IDictionary? Variables { get; set; }

        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(0.1, 3600.0)]
        public double PollIntervalSec { get; set; } = 5;

        [Parameter]
        [ValidateRange(1.0, 604800.0)]
        public double WaitTimeoutSec { get; set; } = 86400;

        private readonly PendingWaits _waits = new PendingWaits();

        protected override void OnEnd() => _waits.Run(this, WaitTimeoutSec, PollIntervalSec);

        protected override void OnStopped() => _waits.Abandon(this);

        protected override void OnBegin()
        {
            var (variables, problem) = CdmVariables.Read(Variables);
            _variables = variables;
            if (problem is not null)
                ThrowInvalidArgument("Variables", "-Variables " + problem);
        }

        protected override void ProcessRecord()
        {
            if (QueuedForJob(JobsSentence("Start"))) return;
            var cluster = ClusterId;
            ForEachId(JobName, job => JobSentence("Start", job), "CdmJobNotFound", async (job, call, ct) =>
            {
                foreach (var submission in await Cdm.StartJobAsync(call.Target, cluster, job, _variables, call.Options, ct).ConfigureAwait(false))
                {
                    _waits.WriteOrKeep(call, Wait, submission, () => new CdmRunWaitable(call.Target, submission));
                }
            });
        }
    }
}
