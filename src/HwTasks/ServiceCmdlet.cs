using System;
using System.Collections.Generic;
using System.Management.Automation;
using HwTasks.Core;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks
{
    /// <summary>
    /// The common parameters of every command that calls a service (DESIGN.md): where (-Region,
    /// -ProjectId, -EndpointUrl, -Context) and how (-MaximumRetryCount, -RetryIntervalSec, -TimeoutSec).
    /// Region and ProjectId bind from piped objects, so results keep pointing at where they came from.
    /// </summary>
    public abstract class ServiceCmdlet : HwCloudCmdlet
    {
        /// <summary>The one resolver of the module (its caches are process-wide anyway).</summary>
        internal static readonly TargetResolver Resolver = new TargetResolver();
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
        public HwCloudContext? Context { get; set; }

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

        /// <summary>Where this record's calls go; resolved once per region and project for the whole pipeline.</summary>
        protected internal ServiceTarget ResolveTarget(CloudService service)
        {
            var key = service + "|" + Region + "|" + ProjectId;
            if (_targets.TryGetValue(key, out var cached)) return cached;
            var settings = new CallSettings
            {
                Region = Region,
                ProjectId = ProjectId,
                EndpointUrl = EndpointUrl,
                Context = Context,
                SessionDefault = SessionDefaults.Get(),
            };
            var options = NewCallOptions();
            var target = Await(ct => Resolver.ResolveAsync(service, settings, options, ct));
            _targets[key] = target;
            return target;
        }

        /// <summary>Sends one request to the resolved target.</summary>
        protected HwCloudResponse Send(ServiceTarget target, HwCloudRequest request)
        {
            var options = NewCallOptions();
            return Await(ct => HwCloudClient.Shared.SendAsync(target, request, options, ct));
        }
    }
}
