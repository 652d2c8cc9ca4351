using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Http;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Errors;
using HwTasks.Core.Services.Iam;

namespace HwTasks.Core
{
    /// <summary>
    /// Turns a cmdlet's settings into a <see cref="ServiceTarget"/>. Precedence: parameters or
    /// -Context, then -ProfileName, then the session default (Connect-HwCloud), then the
    /// environment, then the credentials file. Says on the trace where each piece came from, never
    /// what it is.
    /// </summary>
    public sealed class TargetResolver
    {
        public const string RegionVariable = "HUAWEICLOUD_SDK_REGION";

        private static readonly ConcurrentDictionary<string, string> ProjectIds = new ConcurrentDictionary<string, string>();

        private readonly AmbientCredentials _ambient;
        private readonly EndpointResolver _endpoints;
        private readonly IamClient _iam;

        public TargetResolver(AmbientCredentials? ambient = null, EndpointResolver? endpoints = null, IamClient? iam = null)
        {
            _ambient = ambient ?? new AmbientCredentials();
            _endpoints = endpoints ?? new EndpointResolver();
            _iam = iam ?? new IamClient();
        }

        /// <summary>The context a call uses: -Context, -ProfileName, the session default, or one built from the environment or file.</summary>
        public (HwCloudContext Context, string Source) ResolveContext(TargetSettings settings, Action<string>? warn = null)
        {
            if (settings.Context is not null && settings.ProfileName is not null)
            {
                throw HwCloudException.Configuration("ContextAndProfileName",
                    "-Context and -ProfileName both say which credentials to use. Pass one of them.");
            }
            if (settings.Context is not null) return (settings.Context, "the -Context parameter");
            // -ProfileName names the credentials for this command: ahead of the session default.
            var named = settings.ProfileName;
            if (named is null && settings.SessionDefault is not null) return (settings.SessionDefault, "the session default set by Connect-HwCloud");
            var found = _ambient.FindRequired(named, settings.NoCredentialsHint);
            if (found.Warning is not null) warn?.Invoke(found.Warning);
            return (AmbientContexts.GetValue(found, a => HwCloudContext.From(a)), named is null ? found.Source : "the -ProfileName parameter");
        }

        // One context per ambient answer (AmbientCredentials keeps the answer while its inputs stay the same).
        private static readonly ConditionalWeakTable<AmbientResult, HwCloudContext> AmbientContexts = new ConditionalWeakTable<AmbientResult, HwCloudContext>();

        // Targets resolved for a context, by what else decides them; a new context (Connect-HwCloud,
        // a changed environment or credentials file) starts afresh, and the old one's go with it.
        private static readonly ConditionalWeakTable<HwCloudContext, ConcurrentDictionary<string, Resolved>> Targets =
            new ConditionalWeakTable<HwCloudContext, ConcurrentDictionary<string, Resolved>>();

        /// <summary>
        /// Where a call goes. Resolved once per process for a context, service and settings (the
        /// environment's region and endpoint variables included), then taken from the cache; with a
        /// trace the resolution's lines are written again, so -Debug always says where things came from.
        /// </summary>
        public async Task<ServiceTarget> ResolveAsync(CloudService service, TargetSettings settings, CallOptions options, CancellationToken cancellationToken)
        {
            var (context, contextSource) = ResolveContext(settings, options.Warn);
            var key = CacheKey(service, settings, context);
            var cache = Targets.GetOrCreateValue(context);
            if (cache.TryGetValue(key, out var known))
            {
                if (options.Trace is { } replay) foreach (var line in known.Lines) replay.Debug(line);
                return known.Target;
            }
            var lines = new RecordingTrace(options.Trace);
            var target = await ResolveNewAsync(service, settings, context, contextSource, options, lines, cancellationToken).ConfigureAwait(false);
            cache[key] = new Resolved(target, lines.DebugLines);
            return target;
        }

        private string CacheKey(CloudService service, TargetSettings settings, HwCloudContext context)
        {
            var region = settings.Region ?? context.Region ?? _ambient.Variable(RegionVariable);
            return string.Join("|", service.Name, settings.Region, settings.ProjectId, settings.EndpointUrl, region,
                region is null ? null : _ambient.Variable(EndpointResolver.OverrideVariable(service, region)),
                region is null ? null : _ambient.Variable(EndpointResolver.OverrideVariable(IamService.Instance, region)),
                _ambient.Variable(IamService.Instance.EndpointVariable!));
        }

        private async Task<ServiceTarget> ResolveNewAsync(CloudService service, TargetSettings settings, HwCloudContext context, string contextSource,
            CallOptions options, RecordingTrace trace, CancellationToken cancellationToken)
        {
            trace.Debug("Credentials: " + context.AuthenticationType + " " + context.Identity + " from " + context.CredentialSource +
                         " (context from " + contextSource + ").");

            var region = settings.Region ?? context.Region ?? _ambient.Variable(RegionVariable);
            if (region is null)
            {
                throw HwCloudException.Configuration("NoRegion",
                    "No region is set. Pass -Region (for example -Region cn-north-4), run Connect-HwCloud -Region <id>, or set " +
                    RegionVariable + ".");
            }
            trace.Debug("Region: " + region + " from " + (settings.Region is not null ? "the -Region parameter"
                : context.Region is not null ? contextSource : "the " + RegionVariable + " environment variable") + ".");

            var endpointUrl = settings.EndpointUrl ?? context.EndpointUrl;
            var endpoint = _endpoints.Resolve(service, region, endpointUrl?.ToString());
            trace.Debug("Endpoint: " + endpoint.BaseUri + " from " + endpoint.Source + ".");

            var iamBase = new Lazy<Uri>(() => _endpoints.Resolve(IamService.Instance, region, endpointUrl?.ToString(), context.IamEndpoint).BaseUri);
            var (authenticator, tokenProjectId) = await AuthenticatorFor(context.Credential, iamBase, region, options, cancellationToken)
                .ConfigureAwait(false);

            string? projectId = null;
            if (service.IsRegional)
            {
                projectId = await ProjectIdFor(settings, context, contextSource, region, tokenProjectId, iamBase, authenticator, options, trace,
                    cancellationToken).ConfigureAwait(false);
            }
            return new ServiceTarget(service, endpoint.BaseUri, region, projectId, authenticator);
        }

        private async Task<(RequestAuthenticator, string?)> AuthenticatorFor(CloudCredential credential, Lazy<Uri> iamBase, string region,
            CallOptions options, CancellationToken cancellationToken)
        {
            switch (credential)
            {
                case AccessKeyCredential accessKey:
                    return (RequestAuthenticator.Signing(accessKey), null);
                case TokenCredential token:
                    return (RequestAuthenticator.Token(new StaticTokenSource(token.Token)), null);
                case PasswordCredential password:
                    // Fetched now for its project scope; every request asks the cache again, which renews it.
                    var source = new IamTokenSource(_iam, iamBase.Value, password, region);
                    var issued = await source.GetAsync(options, cancellationToken).ConfigureAwait(false);
                    return (RequestAuthenticator.Token(source), issued.ProjectId);
                default:
                    throw new ArgumentOutOfRangeException(nameof(credential), credential.GetType().Name, "Unknown credential type.");
            }
        }

        private async Task<string> ProjectIdFor(TargetSettings settings, HwCloudContext context, string contextSource, string region,
            string? tokenProjectId, Lazy<Uri> iamBase, RequestAuthenticator authenticator, CallOptions options, IHttpTrace trace,
            CancellationToken cancellationToken)
        {
            if (settings.ProjectId is not null)
            {
                trace?.Debug("Project id: from the -ProjectId parameter.");
                return settings.ProjectId;
            }
            // A context's project belongs to its region; another region has another project.
            if (context.ProjectId is not null && (context.Region is null || context.Region == region))
            {
                trace?.Debug("Project id: from " + contextSource + ".");
                return context.ProjectId;
            }
            if (tokenProjectId is not null)
            {
                trace?.Debug("Project id: from the scope of the IAM token.");
                return tokenProjectId;
            }

            var key = context.Credential.CacheKey + "|" + iamBase.Value + "|" + region;
            if (ProjectIds.TryGetValue(key, out var cached))
            {
                trace?.Debug("Project id: cached from IAM for " + region + ".");
                return cached;
            }
            trace?.Verbose("Looking up the project id of " + region + " in IAM (pass -ProjectId to skip this call).");
            var projectId = await _iam.GetProjectIdAsync(iamBase.Value, region, authenticator, options, cancellationToken).ConfigureAwait(false);
            ProjectIds[key] = projectId;
            return projectId;
        }

        /// <summary>
        /// Forgets what this process learned for one credential: its IAM tokens and the project ids IAM
        /// gave it (Disconnect-HwCloud). Other credentials — other runspaces' — keep theirs.
        /// </summary>
        public static void Forget(CloudCredential credential)
        {
            var prefix = credential.CacheKey + "|";
            foreach (var key in ProjectIds.Keys)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal)) ProjectIds.TryRemove(key, out _);
            }
            IamTokenCache.Forget(credential.CacheKey);
        }
    
        private sealed class Resolved
        {
            public Resolved(ServiceTarget target, IReadOnlyList<string> lines)
            {
                Target = target;
                Lines = lines;
            }

            public ServiceTarget Target { get; }
            /// <summary>The resolution's debug lines (sources, never values), written again on later calls.</summary>
            public IReadOnlyList<string> Lines { get; }
        }

        /// <summary>The resolver's own lines (where each piece came from): kept for the cache and passed on to the caller's trace.</summary>
        private sealed class RecordingTrace : IHttpTrace
        {
            private readonly IHttpTrace? _inner;
            private readonly List<string> _lines = new List<string>();

            public RecordingTrace(IHttpTrace? inner) => _inner = inner;

            public IReadOnlyList<string> DebugLines => _lines;

            public void Debug(string line)
            {
                lock (_lines) _lines.Add(line);
                _inner?.Debug(line);
            }

            public void Verbose(string line) => _inner?.Verbose(line);

        }
}
}
