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
    public sealed class StopCdmJobCommand : CdmJobCmdlet
    {
        protected override void ProcessRecord()
        {
            if (!ShouldChange(JobSentence("Stop", JobName))) return;
            ForItem(JobName, "CdmJobNotFound", () =>
            {
                var messages = Call((target, options, ct) => Cdm.StopJobAsync(target, ClusterId, JobName, options, ct));
                foreach (var message in messages)
                {
                    var text = "CDM job '" + JobName + "': " + message.Message;
                    if (string.Equals(message.Status, "ERROR", StringComparison.OrdinalIgnoreCase))
                    {
                        WriteError(new ErrorRecord(new HwCloudException(HwCloudErrorKind.Service, "CdmJobStopRefused", text),
                            "CdmJobStopRefused", ErrorCategory.InvalidOperation, JobName));
                        return;
                    }
                    Streams.Warning(text);
                }
                foreach (var submission in Call((target, options, ct) => Cdm.GetJobStatusAsync(target, ClusterId, JobName, options, ct))) WriteObject(submission);
            });
        }
    }
}
