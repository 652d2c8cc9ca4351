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
    /// Completes -TaskId with the metadata collection tasks of the -WorkspaceId already on the command
    /// line (ShowTaskList, the first 100), by name with the last run's status and start:
    /// "2d3e4f5a… collect_dli_catalog SUCCESS 2024-05-15 11:19" (a task that never ran shows its name only).
    /// </summary>
    public sealed class DataArtsTaskIdCompleter : IArgumentCompleter
    {
        private const int PageSize = 100;

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            if (LiveCompletion.Typed(fakeBoundParameters, "WorkspaceId") is not { } workspaceId) return Enumerable.Empty<CompletionResult>();
            return LiveCompletion.Complete(DataArtsService.Instance, fakeBoundParameters, wordToComplete, async (target, options, ct) =>
                (await DataArtsCmdlet.DataArts.SearchTasksAsync(target, workspaceId, null, 0, PageSize, options, ct).ConfigureAwait(false))
                .Items.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                .Select(t => CompletionCandidate.Of(t.TaskId, t.Name, t.LastRunStatusText, t.LastRunTime,
                    CompletionCandidate.Lines(string.IsNullOrEmpty(t.DataSourceType) ? null : "data source " + t.DataSourceType, t.Description))));
        }
    }
}
