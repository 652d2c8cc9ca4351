using System.Linq;
using System.Management.Automation;
using HwTasks.Core.Services.Kafka;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Kafka
{
    /// <summary>Deletes a background task record of a Kafka instance.</summary>
    [Cmdlet(VerbsCommon.Remove, "KafkaBackgroundTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(KafkaBackgroundTask))]
    public sealed class RemoveKafkaBackgroundTaskCommand : KafkaCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a Kafka background task id")]
        [ArgumentCompleter(typeof(KafkaTaskIdCompleter))]
        public string TaskId { get; set; } = string.Empty;

        /// <summary>Writes the task as it was before it was removed (one extra read).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (!ShouldChange("Remove background task " + TaskId + " of Kafka instance " + InstanceId)) return;
            ForItem(TaskId, "KafkaBackgroundTaskNotFound", () =>
            {
                var removed = PassThru ? Call((target, options, ct) => Kafka.GetTaskAsync(target, InstanceId, TaskId, options, ct)).FirstOrDefault() : null;
                Call((target, options, ct) => Kafka.DeleteTaskAsync(target, InstanceId, TaskId, options, ct));
                Streams.Verbose("Removed background task " + TaskId + " of Kafka instance " + InstanceId + ".");
                if (removed is not null) WriteObject(removed);
            });
        }
    }
}
