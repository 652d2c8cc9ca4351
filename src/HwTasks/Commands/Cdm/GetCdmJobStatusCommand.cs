using System.Management.Automation;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>The latest run of a CDM job: status, progress, rows, counters and the error when it failed.</summary>
    [Cmdlet(VerbsCommon.Get, "CdmJobStatus")]
    [OutputType(typeof(CdmJobSubmission))]
    public sealed class GetCdmJobStatusCommand : CdmJobCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        protected override void ProcessRecord()
        {
            var cluster = ClusterId;
            ForEachId(JobName, null, "CdmJobNotFound", async (job, call, ct) =>
            {
                foreach (var submission in await Cdm.GetJobStatusAsync(call.Target, cluster, job, call.Options, ct).ConfigureAwait(false)) call.Write(submission);
            });
        }
    }
}
