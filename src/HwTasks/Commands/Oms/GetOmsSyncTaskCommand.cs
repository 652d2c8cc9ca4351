using System.Management.Automation;
using HwTasks.Core.Services.Oms;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Oms
{
    /// <summary>One OMS sync task with its monthly counters, or all of them (optionally by status), page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "OmsSyncTask", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(OmsSyncTask))]
    public sealed class GetOmsSyncTaskCommand : OmsCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
        [TextArgument]
        [ValidateIdentifier(1, 255, What = "an OMS sync task id")]
        public string SyncTaskId { get; set; } = string.Empty;

        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("Synchronizing", "Stopped", IgnoreCase = true)]
        public string? Status { get; set; }

        protected override void ProcessRecord() =>
            ForItem(ParameterSetName == ByIdSet ? SyncTaskId : null, "OmsSyncTaskNotFound", () =>
            {
                var target = Target;
                var options = NewCallOptions();
                if (ParameterSetName == ByIdSet)
                {
                    WriteObject(Await(ct => Oms.GetSyncTaskAsync(target, SyncTaskId, options, ct)));
                    return;
                }
                OmsSyncTaskStatus? status = Status is null ? null : (OmsSyncTaskStatus)System.Enum.Parse(typeof(OmsSyncTaskStatus), Status, true);
                new Pager(this, PagingParameters).ByOffset(OmsClient.MaximumPageSize,
                    (offset, limit) => Await(ct => Oms.ListSyncTasksAsync(target, offset, limit, status, options, ct)),
                    task => task.SyncTaskId);
            });
    }
}
