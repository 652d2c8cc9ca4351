using System;
using System.Globalization;
using System.Management.Automation;
using HwTasks.Core.Services.Kafka;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Kafka
{
    /// <summary>
    /// The background tasks of a Kafka instance (ListBackgroundTasks), newest first, filtered by creation time
    /// and paged to completion; or one task by id.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "KafkaBackgroundTask", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(KafkaBackgroundTask))]
    public sealed class GetKafkaBackgroundTaskCommand : KafkaCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another); reads by id only.</summary>
        [Parameter(ParameterSetName = ByIdSet)]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a Kafka background task id")]
        [ArgumentCompleter(typeof(KafkaTaskIdCompleter))]
        public string[] TaskId { get; set; } = new string[0];

        /// <summary>Only tasks created at or after this time (sent as UTC YYYYMMDDHHmmss).</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTimeOffset? After { get; set; }

        /// <summary>Only tasks created at or before this time (sent as UTC YYYYMMDDHHmmss).</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTimeOffset? Before { get; set; }

        protected override void OnBegin()
        {
            if (After.HasValue && Before.HasValue && After.Value > Before.Value)
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidTimeRange",
                    "-After (" + After.Value.UtcDateTime.ToString("u", CultureInfo.InvariantCulture) + ") must be earlier than -Before (" +
                    Before.Value.UtcDateTime.ToString("u", CultureInfo.InvariantCulture) + ").", After));
            }
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByIdSet)
            {
                var instance = InstanceId;
                ForEachId(TaskId, null, "KafkaBackgroundTaskNotFound", async (id, call, ct) =>
                {
                    foreach (var task in await Kafka.GetTaskAsync(call.Target, instance, id, call.Options, ct).ConfigureAwait(false)) call.Write(task);
                });
                return;
            }
            ForItem(InstanceId, "KafkaBackgroundTaskNotFound", () =>
            {
                new Pager(this, PagingParameters).ByOffset(KafkaClient.MaximumPageSize,
                    (start, limit) => Call((target, options, ct) => Kafka.ListTasksAsync(target, InstanceId, start, limit, After, Before, options, ct)),
                    task => task.TaskId);
            });
        }
    }
}
