using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Core.Services.Kafka;
using HwTasks.Internal;

namespace HwTasks.Commands.Kafka
{
    /// <summary>Completes -TaskId with the newest background tasks of the -InstanceId already on the command line.</summary>
    public sealed class KafkaTaskIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            if (fakeBoundParameters["InstanceId"] is not string instanceId || instanceId.Length == 0) return Enumerable.Empty<CompletionResult>();
            return LiveCompletion.Complete(KafkaService.Instance, fakeBoundParameters, wordToComplete, async (target, options, ct) =>
                (await KafkaCmdlet.Kafka.ListTasksAsync(target, instanceId, 0, 100, null, null, options, ct).ConfigureAwait(false)).Items.Select(t => t.TaskId));
        }
    }
}
