using System;
using System.Collections;
using System.Linq;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Oms;
using HwTasks.Internal;

namespace HwTasks.Commands.Oms
{
    /// <summary>
    /// Completes -SyncTaskId with the project's sync tasks (ListSyncTasks, the first 100), named by what
    /// they copy: "f3a0e7b2… prod-assets → hw-prod-assets STOPPED 2024-05-11 07:19" (status, last start).
    /// The source bucket's name finds a task as the start of its id does.
    /// </summary>
    public sealed class OmsSyncTaskIdCompleter : LiveCompleter
    {
        internal override CloudService Service => OmsService.Instance;

        internal override LiveList ListFor(IDictionary boundParameters) => async (target, options, ct) =>
            (await OmsCmdlet.Oms.ListSyncTasksAsync(target, 0, OmsClient.MaximumPageSize, null, options, ct).ConfigureAwait(false))
            .Items.Select(t => (Task: t, Name: Route(t))).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .Select(t => CompletionCandidate.Of(t.Task.SyncTaskId, t.Name, t.Task.StatusText, t.Task.LastStartedTime,
                CompletionCandidate.Lines(CompletionCandidate.Describe("from", t.Task.SourceCloudType, t.Task.SourceRegion, "to", t.Task.DestinationRegion),
                    t.Task.Description)));

        // A task has no name; what it copies from where to where is how it is known.
        private static string Route(OmsSyncTask task) =>
            (task.IsUrlList || string.IsNullOrEmpty(task.SourceBucket) ? "URL list" : task.SourceBucket) + " → " + task.DestinationBucket;
    }
}
