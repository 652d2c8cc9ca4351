using System.Management.Automation;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>The latest run of a CDM job: status, progress, rows, counters and the error when it failed.</summary>
    [Cmdlet(VerbsCommon.Get, "CdmJobStatus")]
    [OutputType(typeof(CdmJobSubmission))]
    public sealed class GetCdmJobStatusCommand : CdmJobCmdlet
    {
        protected override void ProcessRecord() =>
            ForItem(JobName, "CdmJobNotFound", () =>
            {
                foreach (var submission in Call((target, options, ct) => Cdm.GetJobStatusAsync(target, ClusterId, JobName, options, ct))) WriteObject(submission);
            });
    }
}
