using System;
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
    /// Completes -InstanceId with the project's Kafka instances (ListInstances, one page of 50), by name:
    /// "a1b2c3d4… kafka-demo RUNNING", the tooltip adding the Kafka version and specification.
    /// </summary>
    public sealed class KafkaInstanceIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            LiveCompletion.Complete(KafkaService.Instance, fakeBoundParameters, wordToComplete, async (target, options, ct) =>
                (await KafkaCmdlet.Kafka.ListInstancesAsync(target, 0, KafkaClient.MaximumInstancePageSize, options, ct).ConfigureAwait(false))
                .Items.OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
                .Select(i => CompletionCandidate.Of(i.InstanceId, i.Name, i.Status, null, CompletionCandidate.Describe("Kafka", i.EngineVersion, i.Specification))));
    }
}
