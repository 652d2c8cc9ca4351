using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Http;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;

namespace HwTasks.Commands.Cdm
{
    /// <summary>How CDM clusters and jobs are found and read in a completion menu.</summary>
    internal static class CdmCandidates
    {
        /// <summary>ShowJobs' page for completion: as many jobs as a menu can usefully hold.</summary>
        public const int JobPageSize = 100;

        /// <summary>The project's clusters that can be named (they have an id), by name.</summary>
        public static async Task<IReadOnlyList<CdmCluster>> ClustersAsync(ServiceTarget target, CallOptions options, CancellationToken cancellationToken) =>
            (await CdmCmdlet.Cdm.ListClustersAsync(target, options, cancellationToken).ConfigureAwait(false))
            .Where(c => c.ClusterId is not null).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();

        /// <summary>"6ec9a0a4… cdm-demo Normal": the status by what its code means, or the code itself when this version does not know it.</summary>
        public static CompletionCandidate? Cluster(CdmCluster cluster, string? detail = null) =>
            CompletionCandidate.Of(cluster.ClusterId, cluster.Name,
                cluster.Status == CdmClusterStatus.Unknown ? cluster.StatusText : cluster.Status.ToString(), null, detail);

        /// <summary>
        /// "obs2hive_logs SUCCEEDED 2024-05-15 11:19": the status of its latest run and when that run last
        /// changed; the tooltip adds the cluster it is in (when the command line does not say) and what it
        /// moves, link to link.
        /// </summary>
        public static CompletionCandidate? Job(CdmJob job, CdmCluster? cluster = null) =>
            CompletionCandidate.Of(job.JobName, job.JobName, job.StatusText, Changed(job), CompletionCandidate.Lines(cluster is null ? null : Named(cluster), Links(job)));

        /// <summary>"job obs2hive_logs SUCCEEDED 2024-05-15 11:19": a job as a line of its cluster's tooltip.</summary>
        /// <summary>
        /// When the job last changed: its run's last update where the service sends one (beyond the
        /// SDK's Job model), else the job's own update-date, which the SDK model has.
        /// </summary>
        public static DateTimeOffset? Changed(CdmJob job) => job.LastRunUpdatedTime ?? job.LastUpdatedTime ?? job.UpdatedTime;

        public static string JobLine(CdmJob job) => "job " + CompletionCandidate.Describe(job.JobName, job.StatusText, Changed(job));

        /// <summary>"cluster cdm-demo (6ec9a0a4-76be-4262-8697-e7af1fac7920)".</summary>
        public static string Named(CdmCluster cluster) =>
            "cluster " + (string.IsNullOrEmpty(cluster.Name) ? cluster.ClusterId : cluster.Name + " (" + cluster.ClusterId + ")");

        private static string? Links(CdmJob job) =>
            string.IsNullOrEmpty(job.FromLink) || string.IsNullOrEmpty(job.ToLink) ? null : job.FromLink + " → " + job.ToLink;
    }
}
