using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;
using HwTasks.Core.Services.Kafka;
using HwTasks.Internal.Waiting;

namespace HwTasks.Commands.Kafka
{
    /// <summary>Wait-HwTask waits on Kafka background tasks until they are no longer created or executing.</summary>
    internal sealed class KafkaWaitables : WaitableSource
    {
        public override CloudService Service => KafkaService.Instance;
        public override string Producers => "Get-KafkaBackgroundTask";
        public override bool Accepts(object input) => input is KafkaBackgroundTask { TaskId: { Length: > 0 } };
        public override Waitable Create(object input, ServiceTarget target) => new KafkaTaskWaitable(target, (KafkaBackgroundTask)input);
    }
}
