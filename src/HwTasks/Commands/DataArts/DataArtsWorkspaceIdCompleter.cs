using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Core.Services.DataArts;
using HwTasks.Internal;

namespace HwTasks.Commands.DataArts
{
    /// <summary>
    /// Completes -WorkspaceId with the workspaces of the project's DataArts Studio instances, by name:
    /// the instances (ListDataArtsStudioInstances), then each one's workspaces at once
    /// (ListManagerWorkSpaces), in one budget. The tooltip names the instance.
    /// </summary>
    public sealed class DataArtsWorkspaceIdCompleter : IArgumentCompleter
    {
        private const int PageSize = 50;

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            LiveCompletion.Complete(DataArtsService.Instance, fakeBoundParameters, wordToComplete, async (target, options, ct) =>
            {
                var instances = await DataArtsCmdlet.DataArts.ListInstancesAsync(target, 0, PageSize, options, ct).ConfigureAwait(false);
                var workspaces = await LiveCompletion.EachAsync(instances.Items.Where(i => i.InstanceId is not null), async instance =>
                    (await DataArtsCmdlet.DataArts.ListWorkspacesAsync(target, instance.InstanceId!, 0, PageSize, options, ct).ConfigureAwait(false))
                    .Items.Select(w => CompletionCandidate.Of(w.WorkspaceId, w.Name, w.IsDefault == 1 ? "(default)" : null, null,
                        CompletionCandidate.Lines(InstanceLine(instance), w.Description)))).ConfigureAwait(false);
                return workspaces.OrderBy(c => c?.Name, StringComparer.OrdinalIgnoreCase);
            });

        private static string InstanceLine(DataArtsInstance instance) =>
            "instance " + (string.IsNullOrEmpty(instance.Name) ? instance.InstanceId : instance.Name + " (" + instance.InstanceId + ")");
    }
}
