using System.Management.Automation;
using HwTasks.Core.Services.Oms;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Oms
{
    /// <summary>One OMS sync task with its monthly counters, or all of them (optionally by status), page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "OmsSyncTask", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(OmsSyncTask))]
    public sealed class GetOmsSyncTaskCommand : OmsCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another); reads by id only.</summary>
        [Parameter(ParameterSetName = ByIdSet)]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 255, What = "an OMS sync task id")]
        [ArgumentCompleter(typeof(OmsSyncTaskIdCompleter))]
        public string[] SyncTaskId { get; set; } = new string[0];

        /// <summary>Synchronizing or Stopped (the enum's Unknown is what a new service status reads as, not a filter).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("Synchronizing", "Stopped", IgnoreCase = true)]
        public OmsSyncTaskStatus? Status { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByIdSet)
            {
                ForEachId(SyncTaskId, null, "OmsSyncTaskNotFound", async (task, call, ct) =>
                    call.Write(await Oms.GetSyncTaskAsync(call.Target, task, call.Options, ct).ConfigureAwait(false)));
                return;
            }
            ForItem(null, "OmsSyncTaskNotFound", () =>
            {
                new Pager(this, PagingParameters).ByOffset(OmsClient.MaximumPageSize,
                    (offset, limit) => Call((target, options, ct) => Oms.ListSyncTasksAsync(target, offset, limit, Status, options, ct)),
                    task => task.SyncTaskId);
            });
        }
    }
}
