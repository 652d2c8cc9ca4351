using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;

namespace HwTasks.Commands.Cdm
{
    /// <summary>
    /// Completes -JobName with the jobs of the -ClusterId on the command line; before -ClusterId is
    /// typed, with the jobs of every cluster, each saying in its tooltip which cluster holds it. Tab on
    /// -ClusterId then offers the clusters that hold the typed job (<see cref="CdmClusterIdCompleter"/>).
    /// </summary>
    public sealed class CdmJobNameCompleter : LiveCompleter
    {
        internal override CloudService Service => CdmService.Instance;

        internal override LiveList ListFor(IDictionary boundParameters)
        {
            var clusterId = LiveCompletion.Typed(boundParameters, "ClusterId");
            return (target, options, ct) => clusterId is null ? AcrossClustersAsync(target, options, ct) : InClusterAsync(target, clusterId, options, ct);
        }

        private static async Task<IEnumerable<CompletionCandidate?>> InClusterAsync(ServiceTarget target, string clusterId, CallOptions options,
            CancellationToken cancellationToken) =>
            (await JobsAsync(target, clusterId, options, cancellationToken).ConfigureAwait(false)).Select(j => CdmCandidates.Job(j));

        // The cluster list, then every cluster's jobs at once; a cluster that does not answer adds none.
        private static async Task<IEnumerable<CompletionCandidate?>> AcrossClustersAsync(ServiceTarget target, CallOptions options,
            CancellationToken cancellationToken)
        {
            var clusters = await CdmCandidates.ClustersAsync(target, options, cancellationToken).ConfigureAwait(false);
            var found = await LiveCompletion.EachAsync(clusters, async cluster =>
                (await JobsAsync(target, cluster.ClusterId!, options, cancellationToken).ConfigureAwait(false)).Select(job => (Cluster: cluster, Job: job)))
                .ConfigureAwait(false);
            return found.GroupBy(p => p.Job.JobName, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.Count() == 1 ? CdmCandidates.Job(g.First().Job, g.First().Cluster) : InSeveralClusters(g.Key, g.ToList()));
        }

        private static async Task<IEnumerable<CdmJob>> JobsAsync(ServiceTarget target, string clusterId, CallOptions options, CancellationToken cancellationToken) =>
            (await CdmCmdlet.Cdm.ListJobsAsync(target, clusterId, 1, CdmCandidates.JobPageSize, options, cancellationToken).ConfigureAwait(false))
            .Items.OrderBy(j => j.JobName, StringComparer.OrdinalIgnoreCase);

        // One name in several clusters is one value to type; the tooltip says where each one is and how it stands.
        private static CompletionCandidate InSeveralClusters(string jobName, IReadOnlyList<(CdmCluster Cluster, CdmJob Job)> places) =>
            new CompletionCandidate(jobName, jobName, "in " + places.Count + " clusters", string.Join(Environment.NewLine,
                places.Select(p => CdmCandidates.Named(p.Cluster) + ": " + CompletionCandidate.Describe(p.Job.StatusText, CdmCandidates.Changed(p.Job)))));
    }
}
