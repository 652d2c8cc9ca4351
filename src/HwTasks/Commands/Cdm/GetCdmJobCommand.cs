using System.Management.Automation;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>One CDM job, or every job of a cluster, page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "CdmJob", SupportsPaging = true)]
    [OutputType(typeof(CdmJob))]
    public sealed class GetCdmJobCommand : CdmCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another); reads by -JobName only.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        private const int PageSize = 100;

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [TextOnly]
        [ValidateIdentifier(1, 256, What = "a CDM job name")]
        [ArgumentCompleter(typeof(CdmJobNameCompleter))]
        public string? JobName { get; set; }

        protected override void ProcessRecord()
        {
            if (JobName is not null)
            {
                var cluster = ClusterId;
                var job = JobName;
                ForItemCall(job, "CdmJobNotFound", async (call, ct) =>
                {
                    foreach (var found in await Cdm.GetJobAsync(call.Target, cluster, job, call.Options, ct).ConfigureAwait(false)) call.Write(found);
                });
                return;
            }
            ForItem(ClusterId, "CdmJobNotFound", () =>
                new Pager(this, PagingParameters).ByPageNumber(PageSize, 1,
                    (pageNumber, size) => Call((target, options, ct) => Cdm.ListJobsAsync(target, ClusterId, pageNumber, size, options, ct)),
                    job => job.JobName));
        }
    }
}
