using System.Management.Automation;
using HwTasks.Core.Services.DataArts;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.DataArts
{
    /// <summary>One metadata collection task with its schedule and last run (ShowTaskInfo), or a search by name (ShowTaskList).</summary>
    [Cmdlet(VerbsCommon.Get, "DataArtsMetadataTask", DefaultParameterSetName = SearchSet, SupportsPaging = true)]
    [OutputType(typeof(DataArtsMetadataTask))]
    public sealed class GetDataArtsMetadataTaskCommand : DataArtsCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another); reads by id only.</summary>
        [Parameter(ParameterSetName = ByIdSet)]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        private const string SearchSet = "Search";
        private const string ByIdSet = "ById";
        private const int PageSize = 100;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a DataArts metadata task id")]
        [ArgumentCompleter(typeof(DataArtsTaskIdCompleter))]
        public string[] TaskId { get; set; } = new string[0];

        /// <summary>Matches task names containing this text; omit to list every task of the workspace.</summary>
        [Parameter(Position = 0, ParameterSetName = SearchSet)]
        [TextOnly]
        [ValidateIdentifier(1, 128, What = "a task name to search for")]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByIdSet)
            {
                var workspace = WorkspaceId;
                ForEachId(TaskId, null, "DataArtsTaskNotFound", async (task, call, ct) =>
                    call.Write(await DataArts.GetTaskAsync(call.Target, workspace, task, call.Options, ct).ConfigureAwait(false)));
                return;
            }
            ForItem(WorkspaceId, "DataArtsTaskNotFound", () =>
            {
                new Pager(this, PagingParameters).ByOffset(PageSize,
                    (offset, limit) => Call((target, options, ct) => DataArts.SearchTasksAsync(target, WorkspaceId, Name, offset, limit, options, ct)),
                    task => task.TaskId);
            });
        }
    }
}
