using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Core.Services.Cdm;
using HwTasks.Internal;

namespace HwTasks.Commands.Cdm
{
    /// <summary>Completes -JobName with the jobs of the -ClusterId already on the command line.</summary>
    public sealed class CdmJobNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            if (fakeBoundParameters["ClusterId"] is not string clusterId || clusterId.Length == 0) return Enumerable.Empty<CompletionResult>();
            return LiveCompletion.Complete(CdmService.Instance, fakeBoundParameters, wordToComplete, async (target, options, ct) =>
                (await CdmCmdlet.Cdm.ListJobsAsync(target, clusterId, 1, 100, options, ct).ConfigureAwait(false)).Items.Select(j => (string?)j.JobName));
        }
    }
}
