using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HwTasks.Core.Http;
using HwTasks.Core.Services;
using HwTasks.Internal;
using HwTasks.Jobs;
using HwTasks.Internal.Waiting;

namespace HwTasks.Commands.Tasks
{
    /// <summary>
    /// Waits for piped runs and tasks of any service that defines a <see cref="WaitableSource"/> to
    /// finish, showing progress, and writes each one's final state as it finishes.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "HwTask")]
    // Each service's final objects; they share this base (what is piped in comes back out, finished).
    [OutputType(typeof(ServiceObject), typeof(HwTaskJob))]
    public sealed class WaitHwTaskCommand : ServiceCmdlet, IRunsAsJob
    {
        /// <summary>Runs the command as a job in this session (Get-Job, Receive-Job, Wait-Job, Stop-Job) and writes the job.</summary>
        [Parameter]
        public SwitchParameter AsJob { get; set; }

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

        /// <summary>
        /// The states to wait for (any of them), by name: a CDM run's Running or Succeeded, an OMS
        /// task's Synchronizing or Stopped, a Kafka task's Success, a DataArts run's Running...
        /// Without it, waits until each item has finished.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(WaitStateCompleter))]
        public string[]? Status { get; set; }

        private string? _givenRegion;
        private string? _givenProjectId;

        protected override TimeSpan RequestTimeout => CallOptions.DefaultTimeout;

        // Pipeline binding happens after this, so these are only what the user typed.
        protected override void OnBegin()
        {
            _givenRegion = Region;
            _givenProjectId = ProjectId;
        }

        protected override void ProcessRecord()
        {
            if (QueuedForJob()) return;
            var input = InputObject!.BaseObject;
            // An object knows where it lives, which wins over -Region/-ProjectId; anything else uses them.
            var located = input as ServiceObject;
            Region = string.IsNullOrEmpty(located?.Region) ? _givenRegion : located!.Region;
            ProjectId = string.IsNullOrEmpty(located?.ProjectId) ? _givenProjectId : located!.ProjectId;
            ForItem(input, null, () =>
            {
                var source = WaitableSource.All.FirstOrDefault(s => s.Accepts(input));
                if (source is not null)
                {
                    var waitable = source.Create(input, ResolveTarget(source.Service));
                    var unknown = Status?.FirstOrDefault(state => !waitable.States.Contains(state, StringComparer.OrdinalIgnoreCase));
                    if (unknown is not null)
                    {
                        WriteError(ErrorRecords.InvalidArgument("InvalidStatus",
                            "-Status '" + unknown + "' is not a state of " + waitable.Description + ". Its states: " + string.Join(", ", waitable.States) + ".", input));
                        return;
                    }
                    _items.Add(waitable);
                    return;
                }
                WriteError(ErrorRecords.InvalidArgument("UnsupportedInputObject",
                    "Wait-HwTask waits on the output of " + string.Join(", ", WaitableSource.All.Select(s => s.Producers)) +
                    "; it cannot wait on a " + input.GetType().Name + ".", input));
            });
        }

        protected override void OnEnd() =>
            new TaskWaiter(this, TimeSpan.FromSeconds(TimeoutSec), "-TimeoutSec", TimeSpan.FromSeconds(PollIntervalSec), Status).Run(_items);
    }
}
