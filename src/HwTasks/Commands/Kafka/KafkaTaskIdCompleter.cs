using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Core.Services.Kafka;
using HwTasks.Internal;

namespace HwTasks.Commands.Kafka
{
    /// <summary>
    /// Completes -TaskId with the newest background tasks of the -InstanceId already on the command line,
    /// newest first, each named: "8abfa7b3… modifyAutoTopic EXECUTING 2024-05-15 11:19". Typing the start
    /// of a task's name (modify) finds its ids as typing the start of an id does.
    /// </summary>
    public sealed class KafkaTaskIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            if (LiveCompletion.Typed(fakeBoundParameters, "InstanceId") is not { } instanceId) return Enumerable.Empty<CompletionResult>();
            return LiveCompletion.Complete(KafkaService.Instance, fakeBoundParameters, wordToComplete, async (target, options, ct) =>
                (await KafkaCmdlet.Kafka.ListTasksAsync(target, instanceId, 0, KafkaClient.MaximumPageSize, null, null, options, ct).ConfigureAwait(false))
                .Items.Select(t => CompletionCandidate.Of(t.TaskId, t.Name, t.StatusText, t.CreatedAt)));
        }
    }
}
