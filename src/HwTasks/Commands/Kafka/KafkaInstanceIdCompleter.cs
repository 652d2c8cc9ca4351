using System;
using System.Collections;
using System.Linq;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Kafka;
using HwTasks.Internal;

namespace HwTasks.Commands.Kafka
{
    /// <summary>
    /// Completes -InstanceId with the project's Kafka instances (ListInstances, one page of 50), by name:
    /// "a1b2c3d4… kafka-demo RUNNING", the tooltip adding the Kafka version and specification.
    /// </summary>
    public sealed class KafkaInstanceIdCompleter : LiveCompleter
    {
        internal override CloudService Service => KafkaService.Instance;

        internal override LiveList ListFor(IDictionary boundParameters) => async (target, options, ct) =>
            (await KafkaCmdlet.Kafka.ListInstancesAsync(target, 0, KafkaClient.MaximumInstancePageSize, options, ct).ConfigureAwait(false))
            .Items.OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .Select(i => CompletionCandidate.Of(i.InstanceId, i.Name, i.Status, null, CompletionCandidate.Describe("Kafka", i.EngineVersion, i.Specification)));
    }
}
