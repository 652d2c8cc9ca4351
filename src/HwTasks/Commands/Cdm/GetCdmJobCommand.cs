using System.Management.Automation;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>One CDM job, or every job of a cluster, page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "CdmJob", SupportsPaging = true)]
    [OutputType(typeof(CdmJob))]
    public sealed class GetCdmJobCommand : CdmCmdlet
    {
        private const int PageSize = 100;

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [TextOnly]
        [ValidateIdentifier(1, 256, What = "a CDM job name")]
        [ArgumentCompleter(typeof(CdmJobNameCompleter))]
        public string? JobName { get; set; }

        protected override void ProcessRecord() =>
            ForItem(JobName ?? ClusterId, "CdmJobNotFound", () =>
            {
                if (JobName is not null)
                {
                    foreach (var job in Call((target, options, ct) => Cdm.GetJobAsync(target, ClusterId, JobName, options, ct))) WriteObject(job);
                    return;
                }
                new Pager(this, PagingParameters).ByPageNumber(PageSize, 1,
                    (pageNumber, size) => Call((target, options, ct) => Cdm.ListJobsAsync(target, ClusterId, pageNumber, size, options, ct)),
                    job => job.JobName);
            });
    }
}
