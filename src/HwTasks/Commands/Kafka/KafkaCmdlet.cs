using System.Management.Automation;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Kafka;
using HwTasks.Validation;

namespace HwTasks.Commands.Kafka
{
    /// <summary>The Kafka (DMS) instance every Kafka command acts on; bound from piped tasks.</summary>
    public abstract class KafkaCmdlet : ServiceCmdlet
    {
        internal static readonly KafkaClient Kafka = new KafkaClient();

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a Kafka instance id")]
        [ArgumentCompleter(typeof(KafkaInstanceIdCompleter))]
        public string InstanceId { get; set; } = string.Empty;

        protected internal override CloudService TargetService => KafkaService.Instance;
    }
}
