using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;

namespace HwTasks.Commands.Cdm
{
    /// <summary>
    /// Completes -ClusterId with the project's CDM clusters (ListClusters). With -JobName already on the
    /// command line, only the clusters that hold that job, each with the job's latest status there: so a
    /// job completed first, across clusters, gets its cluster with one more Tab.
    /// </summary>
    public sealed class CdmClusterIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var jobName = LiveCompletion.Typed(fakeBoundParameters, "JobName");
            return LiveCompletion.Complete(CdmService.Instance, fakeBoundParameters, wordToComplete, async (target, options, ct) =>
            {
                var clusters = (await CdmCmdlet.Cdm.ListClustersAsync(target, options, ct).ConfigureAwait(false))
                    .Where(c => c.ClusterId is not null).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
                if (jobName is null) return clusters.Select(c => CdmCandidates.Cluster(c));
                // ShowJobs by name answers 404 where the job is not: that cluster adds nothing.
                return await LiveCompletion.EachAsync(clusters, async cluster =>
                    (await CdmCmdlet.Cdm.GetJobAsync(target, cluster.ClusterId!, jobName, options, ct).ConfigureAwait(false))
                    .Select(job => CdmCandidates.Cluster(cluster, CdmCandidates.JobLine(job)))).ConfigureAwait(false);
            });
        }
    }
}
