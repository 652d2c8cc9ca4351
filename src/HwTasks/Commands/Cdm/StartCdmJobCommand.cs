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
    public sealed class StartCdmJobCommand : CdmJobCmdlet
    {
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
            ForItem(JobName, "CdmJobNotFound", () =>
            {
                var submissions = Call((target, options, ct) => Cdm.StartJobAsync(target, ClusterId, JobName, _variables, options, ct));
                foreach (var submission in submissions)
                {
                    if (Wait) _started.Add(new CdmRunWaitable(Target, submission));
                    else WriteObject(submission);
                }
            });
        }

        protected override void EndProcessing()
        {
            if (_started.Count > 0)
                new TaskWaiter(this, TimeSpan.FromSeconds(WaitTimeoutSec), TimeSpan.FromSeconds(PollIntervalSec)).Run(_started);
        }
    }
}
