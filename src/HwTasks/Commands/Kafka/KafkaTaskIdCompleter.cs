using System.Collections;
using System.Linq;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Kafka;
using HwTasks.Internal;

namespace HwTasks.Commands.Kafka
{
    /// <summary>
    /// Completes -TaskId with the newest background tasks of the -InstanceId already on the command line,
    /// newest first, each named: "8abfa7b3… modifyAutoTopic EXECUTING 2024-05-15 11:19". Typing the start
    /// of a task's name (modify) finds its ids as typing the start of an id does.
    /// </summary>
    public sealed class KafkaTaskIdCompleter : LiveCompleter
    {
        internal override CloudService Service => KafkaService.Instance;

        internal override LiveList? ListFor(IDictionary boundParameters)
        {
            if (LiveCompletion.Typed(boundParameters, "InstanceId") is not { } instanceId) return null;
            return async (target, options, ct) =>
                (await KafkaCmdlet.Kafka.ListTasksAsync(target, instanceId, 0, KafkaClient.MaximumPageSize, null, null, options, ct).ConfigureAwait(false))
                .Items.Select(t => CompletionCandidate.Of(t.TaskId, t.Name, t.StatusText, t.CreatedTime));
        }
    }
}
