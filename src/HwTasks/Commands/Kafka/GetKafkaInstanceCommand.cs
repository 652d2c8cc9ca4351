using System.Management.Automation;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Kafka;
using HwTasks.Internal;

namespace HwTasks.Commands.Kafka
{
    /// <summary>The project's Kafka instances (ListInstances, engine kafka), paged to completion; each pipes into Get-KafkaBackgroundTask.</summary>
    [Cmdlet(VerbsCommon.Get, "KafkaInstance", SupportsPaging = true)]
    [OutputType(typeof(KafkaInstance))]
    public sealed class GetKafkaInstanceCommand : ServiceCmdlet
    {
        protected internal override CloudService TargetService => KafkaService.Instance;

        protected override void ProcessRecord() =>
            ForItem(null, null, () => new Pager(this, PagingParameters).ByOffset(KafkaClient.MaximumInstancePageSize,
                (offset, limit) => Call((target, options, ct) => KafkaCmdlet.Kafka.ListInstancesAsync(target, offset, limit, options, ct)),
                instance => instance.InstanceId));
    }
}
