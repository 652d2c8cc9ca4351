using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using System.Management.Automation;
using HwTasks.Core;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks
{
    /// <summary>
    /// The common parameters of every command that calls a service (DESIGN.md): where and as whom
    /// (-Region, -ProjectId, -EndpointUrl, -Context, -ProfileName) and how (-MaximumRetryCount,
    /// -RetryIntervalSec, -TimeoutSec).
    /// Region and ProjectId bind from piped objects, so results keep pointing at where they came from.
    /// </summary>
    public abstract class ServiceCmdlet : HwCloudCmdlet
    {
        private readonly Dictionary<string, ServiceTarget> _targets = new Dictionary<string, ServiceTarget>(StringComparer.Ordinal);

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRegion]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? Region { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateProjectId]
        public string? ProjectId { get; set; }

        [Parameter]
        [ValidateEndpointUrl]
        public Uri? EndpointUrl { get; set; }

        [Parameter]
        [RehydrateContext]
        public HwCloudContext? Context { get; set; }

        /// <summary>A credentials file section: its credentials and defaults, ahead of the session default.</summary>
        [Parameter]
        [TextOnly]
        [ValidateProfileName]
        [ArgumentCompleter(typeof(ProfileNameCompleter))]
        public string? ProfileName { get; set; }

        [Parameter]
        [ValidateRange(0, 10)]
        public int MaximumRetryCount { get; set; } = CallOptions.DefaultMaximumRetryCount;

        [Parameter]
        [ValidateRange(0.0, 600.0)]
        public double RetryIntervalSec { get; set; } = CallOptions.DefaultRetryInterval.TotalSeconds;

        /// <summary>The limit for each HTTP attempt; Wait-HwTask gives it the meaning of the whole wait.</summary>
        [Parameter]
        [ValidateRange(0.05, 3600.0)]
        public virtual double TimeoutSec { get; set; } = CallOptions.DefaultTimeout.TotalSeconds;

        protected virtual TimeSpan RequestTimeout => TimeSpan.FromSeconds(TimeoutSec);

        /// <summary>Options for one call, tracing into this command's Debug and Verbose streams when asked.</summary>
        protected internal CallOptions NewCallOptions() => new CallOptions
        {
            MaximumRetryCount = MaximumRetryCount,
            RetryInterval = TimeSpan.FromSeconds(RetryIntervalSec),
            Timeout = RequestTimeout,
            Trace = TraceRequested ? Dispatcher : null,
            Warn = Dispatcher.Warning,
        };

        /// <summary>The service this command calls; null for commands that take it as a parameter or from their input.</summary>
        protected internal virtual CloudService? TargetService => null;

        /// <summary>Where this command's calls go (its <see cref="TargetService"/>).</summary>
        protected ServiceTarget Target => ResolveTarget(TargetService ?? throw new InvalidOperationException(GetType().Name + " has no service of its own."));

        /// <summary>
        /// One call to this command's service: resolved (once per region and project for the whole
        /// pipeline), given this call's options, and run to completion on the pipeline thread.
        /// </summary>
        protected internal T Call<T>(Func<ServiceTarget, CallOptions, CancellationToken, Task<T>> call)
        {
            var target = Target;
            var options = NewCallOptions();
            return WaitFor(ct => call(target, options, ct));
        }

        private readonly List<Task> _inFlight = new List<Task>();

        /// <summary>
        /// One piped item's calls. With -ThrottleLimit 1 (the default, and for commands without it) they
        /// complete before the next item binds; with N, up to N items' calls are in flight together and
        /// each item's output and error are written as it completes. Ask -WhatIf/-Confirm before this,
        /// on the pipeline thread; read bound parameters into locals first: the next item rebinds them.
        /// </summary>
        internal void ForItemCall(object? target, string? notFoundId, Func<ItemCall, CancellationToken, Task> work)
        {
            ItemCall call;
            try
            {
                call = new ItemCall(Target, NewCallOptions(), Dispatcher, this);
            }
            catch (Core.Errors.HwCloudException failure)
            {
                WriteFailure(failure, target, notFoundId);
                return;
            }
            _inFlight.Add(Observed(work(call, Cancellation), target, notFoundId));
            var limit = this is IThrottled throttled ? throttled.ThrottleLimit : 1;
            while (_inFlight.Count >= limit) CompleteOne();
        }

        /// <summary>
        /// A record's several ids (-JobName a,b; -SyncTaskId a,b), each its own item: asked under -WhatIf/-Confirm
        /// by its own sentence (null for reads), with its own error and its own -ThrottleLimit slot.
        /// </summary>
        internal void ForEachId(string[] ids, Func<string, string>? sentence, string? notFoundId, Func<string, ItemCall, CancellationToken, Task> work)
        {
            foreach (var id in ids)
            {
                if (sentence is not null && !ShouldChange(sentence(id))) continue;
                ForItemCall(id, notFoundId, (call, ct) => work(id, call, ct));
            }
        }

        /// <summary>Several ids in one sentence, for -AsJob's one question per record and for errors about the record.</summary>
        protected static string IdList(string[] ids) => string.Join(", ", ids);

        /// <summary>Waits for every item still in flight (call at the start of EndProcessing).</summary>
        protected void CompleteItems()
        {
            while (_inFlight.Count > 0) CompleteOne();
        }

        private Jobs.JobLauncher? _job;

        /// <summary>Remembers the command line for -AsJob, then <see cref="OnBegin"/>.</summary>
        protected sealed override void BeginProcessing()
        {
            if (this is Jobs.IRunsAsJob { AsJob.IsPresent: true }) _job = new Jobs.JobLauncher(this);
            OnBegin();
        }

        /// <summary>With -AsJob, starts the job; otherwise completes the items in flight, then <see cref="OnEnd"/>.</summary>
        protected sealed override void EndProcessing()
        {
            if (_job is not null)
            {
                _job.Start(Context is null ? SessionDefaults.Get() : null);
                return;
            }
            CompleteItems();
            OnEnd();
        }

        protected virtual void OnBegin()
        {
        }

        protected virtual void OnEnd()
        {
        }

        /// <summary>The pipeline was stopped (Ctrl+C, Stop-Job) while items were in flight: for what must still be said.</summary>
        protected virtual void OnStopped()
        {
        }

        /// <summary>
        /// With -AsJob, queues this record for the job (after -WhatIf/-Confirm, asked here, when the
        /// command changes something) and returns true: the record's work is the job's.
        /// </summary>
        protected bool QueuedForJob(string? sentence = null)
        {
            if (_job is null) return false;
            if (sentence is null || ShouldChange(sentence)) _job.Queue();
            return true;
        }

        private void CompleteOne()
        {
            Task done;
            try
            {
                done = WaitFor(_ => Task.WhenAny(_inFlight));
                // The stop can end the item (quietly, cancelled) before the wait itself sees it.
                if (Cancellation.IsCancellationRequested) throw new PipelineStoppedException();
            }
            catch (PipelineStoppedException)
            {
                OnStopped();
                throw;
            }
            _inFlight.Remove(done);
        }

        // An item's failure is that item's error, written on the pipeline thread; Ctrl+C ends them all quietly.
        private async Task Observed(Task work, object? target, string? notFoundId)
        {
            try
            {
                await work.ConfigureAwait(false);
            }
            catch (Core.Errors.HwCloudException failure)
            {
                Dispatcher.Post(() => WriteFailure(failure, target, notFoundId));
            }
            catch (OperationCanceledException) when (Cancellation.IsCancellationRequested)
            {
            }
        }

        /// <summary>Where this record's calls go; resolved once per region and project for the whole pipeline.</summary>
        protected internal ServiceTarget ResolveTarget(CloudService service)
        {
            var key = service + "|" + Region + "|" + ProjectId;
            if (_targets.TryGetValue(key, out var cached)) return cached;
            var session = SessionDefaults.Get();
            var settings = new TargetSettings
            {
                Region = Region,
                ProjectId = ProjectId,
                EndpointUrl = EndpointUrl,
                Context = Context,
                ProfileName = ProfileName,
                SessionDefault = session,
                // Read here, on the pipeline thread, whose runspace it is (the resolver runs on the thread pool).
                NoCredentialsHint = session is null && Context is null && ProfileName is null
                    ? SessionDefaults.HintWhenConnectedElsewhere() ?? ProfileHint.ForNoCredentials()
                    : null,
            };
            var options = NewCallOptions();
            var target = WaitFor(ct => SharedResolver.Instance.ResolveAsync(service, settings, options, ct));
            _targets[key] = target;
            return target;
        }

        /// <summary>
        /// A warning once the pipeline was stopped (Ctrl+C, Stop-Job), when the cmdlet's own streams
        /// refuse writes: to the job's warnings when this runs as an HwTasks job, else to the host.
        /// </summary>
        internal void WarnAfterStop(string line)
        {
            var job = Jobs.HwTaskJob.Of(System.Management.Automation.Runspaces.Runspace.DefaultRunspace);
            if (job is not null)
            {
                job.WarnAfterStop(line);
                return;
            }
            try
            {
                Host?.UI?.WriteWarningLine(line);
            }
            catch (Exception e) when (e is PipelineStoppedException || e is System.Management.Automation.Host.HostException || e is NotImplementedException)
            {
                // A host without a UI to write to: the stop itself is all it shows.
            }
        }

        /// <summary>Sends one request to the resolved target.</summary>
        protected HwCloudResponse Send(ServiceTarget target, HwCloudRequest request)
        {
            var options = NewCallOptions();
            return WaitFor(ct => HwCloudClient.Shared.SendAsync(target, request, options, ct));
        }
    }
}
