using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;
using HwTasks.Internal.Waiting;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>Starts a CDM job (StartJob), optionally waiting for the run to finish.</summary>
    [Cmdlet(VerbsLifecycle.Start, "CdmJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CdmJobSubmission))]
    public sealed class StartCdmJobCommand : CdmJobCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        private readonly List<Waitable> _started = new List<Waitable>();
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

        protected override void BeginProcessing()
        {
            var (variables, problem) = CdmVariables.Read(Variables);
            _variables = variables;
            if (problem is not null)
                ThrowInvalidArgument("Variables", "-Variables " + problem);
        }

        protected override void ProcessRecord()
        {
            if (!ShouldChange(JobSentence("Start", JobName))) return;
            var cluster = ClusterId;
            var job = JobName;
            ForItemCall(job, "CdmJobNotFound", async (call, ct) =>
            {
                foreach (var submission in await Cdm.StartJobAsync(call.Target, cluster, job, _variables, call.Options, ct).ConfigureAwait(false))
                {
                    if (Wait) call.OnPipeline(() => _started.Add(new CdmRunWaitable(call.Target, submission)));
                    else call.Write(submission);
                }
            });
        }

        protected override void EndProcessing()
        {
            CompleteItems();
            if (_started.Count > 0)
                new TaskWaiter(this, TimeSpan.FromSeconds(WaitTimeoutSec), TimeSpan.FromSeconds(PollIntervalSec)).Run(_started);
        }
    }
}
