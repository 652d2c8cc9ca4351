using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Core.Services.Aom;
using HwTasks.Internal;

namespace HwTasks.Commands.Aom
{
    /// <summary>
    /// Completes -WorkflowId with the workflows that have a timed trigger (ListWorkflow, the first 100),
    /// by name and the trigger's state: "wf-cron-… nightly-log-cleanup Enabled". Manual workflows are
    /// left out: they have no trigger, and Set-AomWorkflowTrigger refuses them.
    /// </summary>
    public sealed class AomWorkflowIdCompleter : IArgumentCompleter
    {
        private const int PageSize = 100;

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            LiveCompletion.Complete(AomService.Instance, fakeBoundParameters, wordToComplete, async (target, options, ct) =>
                (await AomCmdlet.Aom.ListWorkflowsAsync(target, null, null, 0, PageSize, options, ct).ConfigureAwait(false))
                .Items.Where(w => w.Type != AomWorkflowType.Manual).OrderBy(w => w.Name, StringComparer.OrdinalIgnoreCase)
                .Select(w => CompletionCandidate.Of(w.WorkflowId, w.Name, w.TriggerState == AomTriggerState.Unknown ? null : w.TriggerState.ToString(), null,
                    CompletionCandidate.Lines(CompletionCandidate.Describe(w.Type.ToString().ToLowerInvariant(), w.Cron), w.Description))));
    }
}
