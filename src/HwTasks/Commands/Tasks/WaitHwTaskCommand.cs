using System;
using System.Collections.Generic;
using System.Management.Automation;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;
using HwTasks.Core.Services;
using HwTasks.Core.Services.Cdm;
using HwTasks.Core.Services.DataArts;
using HwTasks.Core.Services.Kafka;
using HwTasks.Core.Services.Oms;
using HwTasks.Internal;
using HwTasks.Internal.Waiting;

namespace HwTasks.Commands.Tasks
{
    /// <summary>
    /// Waits for piped CDM runs, OMS sync tasks, DataArts task runs and Kafka tasks to finish,
    /// showing progress, and writes each one's final state as it finishes.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "HwTask")]
    [OutputType(typeof(CdmJobSubmission), typeof(OmsSyncTask), typeof(DataArtsMetadataTask), typeof(KafkaBackgroundTask))]
    public sealed class WaitHwTaskCommand : ServiceCmdlet
    {
        private readonly List<Waitable> _items = new List<Waitable>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>How long to wait for all items, in seconds (not per request, as on other commands).</summary>
        [Parameter]
        [ValidateRange(1.0, 604800.0)]
        public override double TimeoutSec { get; set; } = 3600;

        [Parameter]
        [ValidateRange(0.1, 3600.0)]
        public double PollIntervalSec { get; set; } = 5;

        private string? _givenRegion;
        private string? _givenProjectId;

        protected override TimeSpan RequestTimeout => CallOptions.DefaultTimeout;

        // Pipeline binding happens after this, so these are only what the user typed.
        protected override void BeginProcessing()
        {
            _givenRegion = Region;
            _givenProjectId = ProjectId;
        }

        protected override void ProcessRecord()
        {
            var input = InputObject!.BaseObject;
            // An object knows where it lives, which wins over -Region/-ProjectId; anything else uses them.
            var located = input as ServiceObject;
            Region = string.IsNullOrEmpty(located?.Region) ? _givenRegion : located!.Region;
            ProjectId = string.IsNullOrEmpty(located?.ProjectId) ? _givenProjectId : located!.ProjectId;
            ForItem(input, null, () =>
            {
                switch (input)
                {
                    case CdmJobSubmission run:
                        _items.Add(new CdmRunWaitable(ResolveTarget(CloudService.Cdm), run));
                        break;
                    case OmsSyncTask sync when !string.IsNullOrEmpty(sync.SyncTaskId):
                        _items.Add(new OmsSyncTaskWaitable(ResolveTarget(CloudService.Oms), sync));
                        break;
                    case DataArtsMetadataTask task when !string.IsNullOrEmpty(task.TaskId):
                        _items.Add(new DataArtsRunWaitable(ResolveTarget(CloudService.DataArts), task.WorkspaceId, task.TaskId!, task));
                        break;
                    case DataArtsTaskActionResult action:
                        _items.Add(new DataArtsRunWaitable(ResolveTarget(CloudService.DataArts), action));
                        break;
                    case KafkaBackgroundTask kafka when !string.IsNullOrEmpty(kafka.TaskId):
                        _items.Add(new KafkaTaskWaitable(ResolveTarget(CloudService.Kafka), kafka));
                        break;
                    default:
                        WriteError(ErrorRecords.InvalidArgument("UnsupportedInputObject",
                            "Wait-HwTask waits on the output of Start-/Stop-CdmJob, Get-CdmJobStatus, Start-/Stop-/Get-OmsSyncTask, " +
                            "Start-/Stop-/Get-DataArtsMetadataTask and Get-KafkaBackgroundTask; it cannot wait on a " +
                            input.GetType().Name + ".", input));
                        break;
                }
            });
        }

        protected override void EndProcessing() =>
            new TaskWaiter(this, TimeSpan.FromSeconds(TimeoutSec), TimeSpan.FromSeconds(PollIntervalSec)).Run(_items);
    }
}
