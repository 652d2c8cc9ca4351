using System;
using System.Management.Automation;
using HwTasks.Core.Errors;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>Stops a running CDM job, then writes its latest run.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "CdmJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(CdmJobSubmission))]
    public sealed class StopCdmJobCommand : CdmJobCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        protected override void ProcessRecord()
        {
            if (!ShouldChange(JobSentence("Stop", JobName))) return;
            var cluster = ClusterId;
            var job = JobName;
            ForItemCall(job, "CdmJobNotFound", async (call, ct) =>
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
                foreach (var submission in await Cdm.GetJobStatusAsync(call.Target, cluster, job, call.Options, ct).ConfigureAwait(false)) call.Write(submission);
            });
        }
    }
}
