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
    public sealed class RemoveKafkaBackgroundTaskCommand : KafkaCmdlet, IThrottled, IForceable
    {
        /// <summary>Acts without asking for confirmation (for unattended scripts); -WhatIf still sends nothing.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>How many piped items' requests may be in flight at once (1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a Kafka background task id")]
        [ArgumentCompleter(typeof(KafkaTaskIdCompleter))]
        public string[] TaskId { get; set; } = new string[0];

        /// <summary>The task's name (createTopic, ...), bound from piped tasks only to name them under -WhatIf and -Confirm; nothing is sent with it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        public string? Name { get; set; }

        /// <summary>Writes the task as it was before it was removed (one extra read).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var instance = InstanceId;
            var name = TaskId.Length == 1 ? Name : null;
            var passThru = PassThru.IsPresent;
            ForEachId(TaskId, task => "Remove background task " + (string.IsNullOrEmpty(name) ? task : name + " (" + task + ")") + " of Kafka instance " + instance,
                "KafkaBackgroundTaskNotFound", async (task, call, ct) =>
            {
                var removed = passThru ? (await Kafka.GetTaskAsync(call.Target, instance, task, call.Options, ct).ConfigureAwait(false)).FirstOrDefault() : null;
                await Kafka.DeleteTaskAsync(call.Target, instance, task, call.Options, ct).ConfigureAwait(false);
                call.Verbose("Removed background task " + task + " of Kafka instance " + instance + ".");
                if (removed is not null) call.Write(removed);
            });
        }
    }
}
