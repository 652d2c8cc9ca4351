using System.Collections;
using System.Linq;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;

namespace HwTasks.Commands.Cdm
{
    /// <summary>
    /// Completes -ClusterId with the project's CDM clusters (ListClusters). With -JobName already on the
    /// command line, only the clusters that hold that job, each with the job's latest status there: so a
    /// job completed first, across clusters, gets its cluster with one more Tab.
    /// </summary>
    public sealed class CdmClusterIdCompleter : LiveCompleter
    {
        internal override CloudService Service => CdmService.Instance;

        internal override LiveList ListFor(IDictionary boundParameters)
        {
            var jobName = LiveCompletion.Typed(boundParameters, "JobName");
            return async (target, options, ct) =>
            {
                var clusters = await CdmCandidates.ClustersAsync(target, options, ct).ConfigureAwait(false);
                if (jobName is null) return clusters.Select(c => CdmCandidates.Cluster(c));
                // ShowJobs by name answers 404 where the job is not: that cluster adds nothing.
                return await LiveCompletion.EachAsync(clusters, async cluster =>
                    (await CdmCmdlet.Cdm.GetJobAsync(target, cluster.ClusterId!, jobName, options, ct).ConfigureAwait(false))
                    .Select(job => CdmCandidates.Cluster(cluster, CdmCandidates.JobLine(job)))).ConfigureAwait(false);
            };
        }
    }
}
