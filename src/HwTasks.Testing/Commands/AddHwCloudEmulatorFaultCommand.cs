using System;
using System.Management.Automation;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Http;
using HwTasks.Testing.Faults;
using HwTasks.Testing.Internal;

namespace HwTasks.Testing.Commands
{
    /// <summary>
    /// Makes the next -Count requests matching -Method and -Path fail in one way: an error status
    /// (429 with Retry-After, 5xx...), a dropped connection, a delay, or a broken body. Writes the
    /// stored rule. Faults strike before authentication, like a proxy, unless -AfterProcessing.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "HwCloudEmulatorFault", DefaultParameterSetName = StatusSet, SupportsShouldProcess = true)]
    [OutputType(typeof(EmulatorFault))]
    public sealed class AddHwCloudEmulatorFaultCommand : EmulatorCmdlet
    {
        private const string StatusSet = "Status";
        private const string DropSet = "Drop";
        private const string LatencySet = "Latency";
        private const string KindSet = "Kind";

        /// <summary>A glob over the path's segments: * is exactly one, ** any number (docs/EMULATOR.md).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        [Parameter]
        [ValidateSet(HttpMethods.Get, HttpMethods.Put, HttpMethods.Post, HttpMethods.Delete, HttpMethods.Head, HttpMethods.Options)]
        public string? Method { get; set; }

        /// <summary>How many matching requests it strikes.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int Count { get; set; } = 1;

        /// <summary>The status to answer: 400-599 as a status fault, 200-599 with -Kind body.</summary>
        [Parameter(Mandatory = true, ParameterSetName = StatusSet)]
        [Parameter(ParameterSetName = KindSet)]
        [ValidateRange(200, 599)]
        public int StatusCode { get; set; }

        /// <summary>The Retry-After header, in whole seconds (429 sends 1 by default).</summary>
        [Parameter(ParameterSetName = StatusSet)]
        [ValidateRange(0, 86400)]
        public double RetryAfterSec { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = DropSet)]
        public SwitchParameter Drop { get; set; }

        /// <summary>Real time to wait before handling the request normally.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LatencySet)]
        [ValidateRange(0, 600000)]
        public int LatencyMs { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = KindSet)]
        [ValidateSet("truncated", "non-json", "empty", "body", "oversize")]
        public string Kind { get; set; } = string.Empty;

        /// <summary>The exact text -Kind body answers with.</summary>
        [Parameter(ParameterSetName = KindSet)]
        [ValidateNotNull]
        public string? Body { get; set; }

        /// <summary>The Content-Type of -Kind body (default application/json).</summary>
        [Parameter(ParameterSetName = KindSet)]
        [ValidateNotNullOrEmpty]
        public string? ContentType { get; set; }

        /// <summary>The size of -Kind oversize's valid-but-huge JSON (default 60 MB).</summary>
        [Parameter(ParameterSetName = KindSet)]
        [ValidateRange(1L, long.MaxValue)]
        public long SizeBytes { get; set; }

        /// <summary>Let the service act first and replace only its answer ("the server may have acted").</summary>
        [Parameter]
        public SwitchParameter AfterProcessing { get; set; }

        protected override void Process()
        {
            var rule = Rule();
            var emulator = Target;
            if (ShouldProcess(emulator.ToString(), "Add a " + rule.Kind.ToString().ToLowerInvariant() + " fault on " + (rule.Method ?? "any method") + " " + rule.Path))
                WriteObject(new EmulatorFault(emulator.Server.Admin.AddFault(rule), emulator.Name));
        }

        private FaultRule Rule()
        {
            if (!Path.StartsWith("/", StringComparison.Ordinal))
                throw EmulatorError.InvalidArgument("Path", "-Path '" + Path + "' must start with '/', e.g. '/v1.1/*/clusters/*/cdm/job/*/start' (* is one segment, ** any number).", Path);
            var kind = ParameterSetName switch
            {
                DropSet => FaultKind.Drop,
                LatencySet => FaultKind.Latency,
                KindSet => FaultKinds.TryParse(Kind, out var parsed) ? parsed : FaultKind.Body,
                _ => FaultKind.Status,
            };
            CheckKindParameters(kind);
            return new FaultRule("", Method?.ToUpperInvariant(), Path, kind, Count,
                Bound(nameof(StatusCode)) ? StatusCode : null,
                Bound(nameof(RetryAfterSec)) ? WholeSeconds() : null,
                kind == FaultKind.Latency ? LatencyMs : null,
                kind == FaultKind.Oversize ? (Bound(nameof(SizeBytes)) ? SizeBytes : FaultRule.DefaultOversizeBytes) : null,
                AfterProcessing, Body, ContentType);
        }

        // What a parameter set cannot say: which of -Kind's parameters go with which kind.
        private void CheckKindParameters(FaultKind kind)
        {
            if (kind == FaultKind.Status && StatusCode < 400)
                throw EmulatorError.InvalidArgument("StatusCode", "-StatusCode " + StatusCode + " is not an error: a status fault answers 400-599. " +
                    "To answer " + StatusCode + " with a body of your own, pass -Kind body -Body <text> -StatusCode " + StatusCode + ".", StatusCode);
            if (kind == FaultKind.Body && Body is null)
                throw EmulatorError.InvalidArgument("Body", "-Kind body needs -Body: the exact text to answer with (and -StatusCode, -ContentType if not 200 JSON).", Kind);
            if (kind != FaultKind.Body && (Body is not null || ContentType is not null || Bound(nameof(StatusCode)) && ParameterSetName == KindSet))
                throw EmulatorError.InvalidArgument("Kind", "-Body, -ContentType and -StatusCode go with -Kind body only; -Kind " + Kind + " answers on its own.", Kind);
            if (kind != FaultKind.Oversize && Bound(nameof(SizeBytes)))
                throw EmulatorError.InvalidArgument("SizeBytes", "-SizeBytes goes with -Kind oversize only.", SizeBytes);
        }

        // Retry-After carries whole seconds (RFC 9110): a fraction would not parse on the client.
        private int WholeSeconds()
        {
            if (RetryAfterSec != Math.Floor(RetryAfterSec))
                throw EmulatorError.InvalidArgument("RetryAfterSec", "-RetryAfterSec " + RetryAfterSec.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                    " is not whole: the Retry-After header carries whole seconds. Pass 0, 1, 2, ...", RetryAfterSec);
            return (int)RetryAfterSec;
        }

        private bool Bound(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);
    }
}
