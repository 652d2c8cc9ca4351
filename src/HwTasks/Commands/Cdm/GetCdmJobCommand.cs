using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>One CDM job, every job of a cluster page by page, or without -ClusterId every job of every cluster of the project.</summary>
    [Cmdlet(VerbsCommon.Get, "CdmJob", SupportsPaging = true)]
    [OutputType(typeof(CdmJob))]
    public sealed class GetCdmJobCommand : CdmCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another); reads by -JobName only.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        private const int PageSize = 100;

        /// <summary>The cluster whose jobs to read; every cluster of the project (ListClusters) without it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a CDM cluster id")]
        [ArgumentCompleter(typeof(CdmClusterIdCompleter))]
        public string? ClusterId { get; set; }

        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [TextOnly]
        [ValidateIdentifier(1, 256, What = "a CDM job name")]
        [ArgumentCompleter(typeof(CdmJobNameCompleter))]
        public string[]? JobName { get; set; }

        protected override void ProcessRecord()
        {
            if (ClusterId is null)
            {
                RequireClusterFor();
                foreach (var cluster in Clusters()) ListJobs(cluster, null);
                return;
            }
            if (JobName is null)
            {
                ListJobs(ClusterId, PagingParameters);
                return;
            }
            var clusterId = ClusterId;
            ForEachId(JobName, null, "CdmJobNotFound", async (job, call, ct) =>
            {
                foreach (var found in await Cdm.GetJobAsync(call.Target, clusterId, job, call.Options, ct).ConfigureAwait(false)) call.Write(found);
            });
        }

        private void ListJobs(string cluster, PagingParameters? paging) =>
            ForItem(cluster, "CdmJobNotFound", () =>
                new Pager(this, paging).ByPageNumber(PageSize, 1,
                    (pageNumber, size) => Call((target, options, ct) => Cdm.ListJobsAsync(target, cluster, pageNumber, size, options, ct)),
                    job => job.JobName));

        private IEnumerable<string> Clusters()
        {
            IReadOnlyList<CdmCluster> clusters = new CdmCluster[0];
            ForItem(null, null, () => clusters = Call((target, options, ct) => Cdm.ListClustersAsync(target, options, ct)));
            return clusters.Select(c => c.ClusterId!);
        }

        // Across clusters there is no one listing to page or one job to name: both belong to a cluster.
        private void RequireClusterFor()
        {
            if (JobName is not null)
                ThrowInvalidArgument("ClusterId", "-JobName reads a job of one cluster: pass -ClusterId too (Get-CdmJob without either lists every job of every cluster).");
            if (PagingParameters.First != ulong.MaxValue || PagingParameters.Skip != 0 || PagingParameters.IncludeTotalCount)
                ThrowInvalidArgument("ClusterId", "-First, -Skip and -IncludeTotalCount page the jobs of one cluster: pass -ClusterId too, or use Select-Object -First across clusters.");
        }
    }
}
