using System;
using System.Collections;
using System.Linq;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.DataArts;
using HwTasks.Internal;

namespace HwTasks.Commands.DataArts
{
    /// <summary>
    /// Completes -WorkspaceId with the workspaces of the project's DataArts Studio instances, by name:
    /// the instances (ListDataArtsStudioInstances), then each one's workspaces at once
    /// (ListManagerWorkSpaces), in one budget. The tooltip names the instance.
    /// </summary>
    public sealed class DataArtsWorkspaceIdCompleter : LiveCompleter
    {
        private const int PageSize = 50;

        internal override CloudService Service => DataArtsService.Instance;

        internal override LiveList ListFor(IDictionary boundParameters) => async (target, options, ct) =>
        {
            var instances = await DataArtsCmdlet.DataArts.ListInstancesAsync(target, 0, PageSize, options, ct).ConfigureAwait(false);
            var workspaces = await LiveCompletion.EachAsync(instances.Items.Where(i => i.InstanceId is not null), async instance =>
                (await DataArtsCmdlet.DataArts.ListWorkspacesAsync(target, instance.InstanceId!, 0, PageSize, options, ct).ConfigureAwait(false))
                .Items.Select(w => CompletionCandidate.Of(w.WorkspaceId, w.Name, w.IsDefault == 1 ? "(default)" : null, null,
                    CompletionCandidate.Lines(InstanceLine(instance), w.Description)))).ConfigureAwait(false);
            return workspaces.OrderBy(c => c?.Name, StringComparer.OrdinalIgnoreCase);
        };

        private static string InstanceLine(DataArtsInstance instance) =>
            "instance " + (string.IsNullOrEmpty(instance.Name) ? instance.InstanceId : instance.Name + " (" + instance.InstanceId + ")");
    }
}
