using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
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
    public sealed class CdmJobNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var clusterId = LiveCompletion.Typed(fakeBoundParameters, "ClusterId");
            return LiveCompletion.Complete(CdmService.Instance, fakeBoundParameters, wordToComplete, (target, options, ct) =>
                clusterId is null ? AcrossClustersAsync(target, options, ct) : InClusterAsync(target, clusterId, options, ct));
        }

        private static async Task<IEnumerable<CompletionCandidate?>> InClusterAsync(ServiceTarget target, string clusterId, CallOptions options,
            CancellationToken cancellationToken)
        {
            var jobs = await CdmCmdlet.Cdm.ListJobsAsync(target, clusterId, 1, CdmCandidates.JobPageSize, options, cancellationToken).ConfigureAwait(false);
            return jobs.Items.OrderBy(j => j.JobName, StringComparer.OrdinalIgnoreCase).Select(j => CdmCandidates.Job(j));
        }

        // The cluster list, then every cluster's jobs at once; a cluster that does not answer adds none.
        private static async Task<IEnumerable<CompletionCandidate?>> AcrossClustersAsync(ServiceTarget target, CallOptions options,
            CancellationToken cancellationToken)
        {
            var clusters = await CdmCmdlet.Cdm.ListClustersAsync(target, options, cancellationToken).ConfigureAwait(false);
            var found = await LiveCompletion.EachAsync(clusters.Where(c => c.ClusterId is not null), async cluster =>
                (await CdmCmdlet.Cdm.ListJobsAsync(target, cluster.ClusterId!, 1, CdmCandidates.JobPageSize, options, cancellationToken).ConfigureAwait(false))
                .Items.Select(job => new Placed(cluster, job))).ConfigureAwait(false);
            return found.GroupBy(p => p.Job.JobName, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.Count() == 1 ? CdmCandidates.Job(g.First().Job, g.First().Cluster) : InSeveralClusters(g.Key, g.ToList()));
        }

        // One name in several clusters is one value to type; the tooltip says where each one is and how it stands.
        private static CompletionCandidate InSeveralClusters(string jobName, IReadOnlyList<Placed> places) =>
            new CompletionCandidate(jobName, jobName, "in " + places.Count + " clusters", string.Join(Environment.NewLine,
                places.Select(p => CdmCandidates.Named(p.Cluster) + ": " + CompletionCandidate.Describe(p.Job.StatusText, p.Job.LastUpdateDate))));

        private sealed class Placed
        {
            public Placed(CdmCluster cluster, CdmJob job)
            {
                Cluster = cluster;
                Job = job;
            }

            public CdmCluster Cluster { get; }
            public CdmJob Job { get; }
        }
    }
}
