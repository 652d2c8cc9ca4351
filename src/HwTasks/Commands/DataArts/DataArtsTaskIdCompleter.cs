using System;
using System.Collections;
using System.Linq;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.DataArts;
using HwTasks.Internal;

namespace HwTasks.Commands.DataArts
{
    /// <summary>
    /// Completes -TaskId with the metadata collection tasks of the -WorkspaceId already on the command
    /// line (ShowTaskList, the first 100), by name with the last run's status and start:
    /// "1c2d3e4f… collect_dws_sales SUCCESS 2024-05-15 11:19" (a task that never ran shows its name only).
    /// </summary>
    public sealed class DataArtsTaskIdCompleter : LiveCompleter
    {
        private const int PageSize = 100;

        internal override CloudService Service => DataArtsService.Instance;

        internal override LiveList? ListFor(IDictionary boundParameters)
        {
            if (LiveCompletion.Typed(boundParameters, "WorkspaceId") is not { } workspaceId) return null;
            return async (target, options, ct) =>
                (await DataArtsCmdlet.DataArts.SearchTasksAsync(target, workspaceId, null, 0, PageSize, options, ct).ConfigureAwait(false))
                .Items.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                .Select(t => CompletionCandidate.Of(t.TaskId, t.Name, t.LastRunStatusText, t.LastRunTime,
                    CompletionCandidate.Lines(string.IsNullOrEmpty(t.DataSourceType) ? null : "data source " + t.DataSourceType, t.Description)));
        }
    }
}
