using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Http;
using HwTasks.Internal.Waiting;
using HwTasks.Core.Services.Kafka;

namespace HwTasks.Commands.Kafka
{
    /// <summary>A Kafka background task, polled with ShowBackgroundTask until it is no longer CREATED or EXECUTING.</summary>
    internal sealed class KafkaTaskWaitable : Waitable
    {
        private static KafkaClient Kafka => KafkaCmdlet.Kafka;
        private KafkaBackgroundTask _current;

        public KafkaTaskWaitable(ServiceTarget target, KafkaBackgroundTask task) : base(target) => _current = task;

        public override string Description => "Kafka task '" + _current.Name + "' (" + _current.TaskId + ") of instance " + _current.InstanceId;
        public override object Current => _current;
        public override bool IsFinished => _current.Status is not (KafkaTaskStatus.Created or KafkaTaskStatus.Executing);
        public override string? Failure => _current.Status == KafkaTaskStatus.Failed ? "the task FAILED" : null;
        public override string FailureId => "KafkaBackgroundTaskFailed";
        public override string NotFoundId => "KafkaBackgroundTaskNotFound";
        public override string Status => _current.Status.ToString();

        public override async Task RefreshAsync(CallOptions options, CancellationToken cancellationToken)
        {
            var tasks = await Kafka.GetTaskAsync(Target, _current.InstanceId, _current.TaskId!, options, cancellationToken).ConfigureAwait(false);
            _current = tasks.FirstOrDefault() ?? _current;
        }
    }
}
