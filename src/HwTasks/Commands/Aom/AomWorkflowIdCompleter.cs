using System;
using System.Collections;
using System.Linq;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Aom;
using HwTasks.Internal;

namespace HwTasks.Commands.Aom
{
    /// <summary>
    /// Completes -WorkflowId with the workflows that have a timed trigger (ListWorkflow, the first 100),
    /// by name and the trigger's state: "wf-cron-… nightly-log-cleanup Enabled". Manual workflows are
    /// left out: they have no trigger, and Set-AomWorkflowTrigger refuses them.
    /// </summary>
    public sealed class AomWorkflowIdCompleter : LiveCompleter
    {
        private const int PageSize = 100;

        internal override CloudService Service => AomService.Instance;

        internal override LiveList ListFor(IDictionary boundParameters) => async (target, options, ct) =>
            (await AomCmdlet.Aom.ListWorkflowsAsync(target, null, null, 0, PageSize, options, ct).ConfigureAwait(false))
            .Items.Where(w => w.Type != AomWorkflowType.Manual).OrderBy(w => w.Name, StringComparer.OrdinalIgnoreCase)
            .Select(w => CompletionCandidate.Of(w.WorkflowId, w.Name, w.TriggerState == AomTriggerState.Unknown ? null : w.TriggerState.ToString(), null,
                CompletionCandidate.Lines(CompletionCandidate.Describe(w.Type.ToString().ToLowerInvariant(), w.Cron), w.Description)));
    }
}
