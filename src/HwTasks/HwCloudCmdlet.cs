using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Errors;
using HwTasks.Internal;

namespace HwTasks
{
    /// <summary>
    /// The shared base of every HwTasks cmdlet: runs async calls while writing on the pipeline thread,
    /// turns Ctrl+C (StopProcessing) into cancellation of every HTTP call, and converts failures into
    /// ErrorRecords with stable ids.
    /// </summary>
    public abstract class HwCloudCmdlet : PSCmdlet, IDisposable, IPipelineOutput
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private PipelineDispatcher? _dispatcher;
        private Streams? _streams;
        private bool? _traceRequested;

        /// <summary>Cancelled when the user presses Ctrl+C or the pipeline stops.</summary>
        protected CancellationToken Cancellation => _stopping.Token;

        internal PipelineDispatcher Dispatcher => _dispatcher ??= new PipelineDispatcher(Streams);

        /// <summary>Debug, verbose and warning lines that never prompt, even under -Debug.</summary>
        internal Streams Streams => _streams ??= new Streams(this);

        /// <summary>True when -Debug or -Verbose (or their preference variables) would show trace lines; read once per command.</summary>
        protected bool TraceRequested => _traceRequested ??=
            MyInvocation.BoundParameters.ContainsKey("Debug") || MyInvocation.BoundParameters.ContainsKey("Verbose") ||
            IsShown("DebugPreference") || IsShown("VerbosePreference");

        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>
        /// -WhatIf / -Confirm with a sentence naming the resource, e.g. "Start CDM job 'jdbc2hive' on
        /// cluster 6ec9a0a4-…". -WhatIf prints it and returns false, so nothing is sent.
        /// </summary>
        protected bool ShouldChange(string sentence) =>
            ShouldProcess(sentence + ".", "Are you sure you want to " + char.ToLowerInvariant(sentence[0]) + sentence.Substring(1) + "?", "Confirm");

        /// <summary>
        /// Runs async work and blocks this (the pipeline) thread until it ends, writing its trace lines
        /// here meanwhile. The work starts on this thread (signing, building the request) and goes on
        /// wherever its awaits resume: no hop to the thread pool just to begin.
        /// </summary>
        protected internal T WaitFor<T>(Func<CancellationToken, Task<T>> work)
        {
            try
            {
                return Dispatcher.Run(work(Cancellation), Cancellation);
            }
            catch (OperationCanceledException) when (Cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>Waits for a delay unless the pipeline is stopped first.</summary>
        protected internal void Sleep(TimeSpan delay)
        {
            if (Cancellation.WaitHandle.WaitOne(delay)) throw new PipelineStoppedException();
        }

        /// <summary>Unusable input: stops the command with an error naming the parameter ("Invalid" + parameter).</summary>
        protected void ThrowInvalidArgument(string parameter, string message) =>
            ThrowTerminatingError(ErrorRecords.InvalidArgument("Invalid" + parameter, message, parameter));

        /// <summary>The AK of a credential whose user name is the AK (Windows' Get-Credential may prefix a '\').</summary>
        protected static string AccessKeyOf(PSCredential credential) => credential.UserName?.TrimStart('\\') ?? string.Empty;

        /// <summary>
        /// A per-item failure: non-terminating, so -ErrorAction and the next piped item work.
        /// Missing credentials, region or endpoint stop the command: nothing else can succeed.
        /// </summary>
        protected internal void WriteFailure(HwCloudException failure, object? target, string? notFoundId = null)
        {
            var record = ErrorRecords.From(failure, target, notFoundId);
            if (failure.Kind == HwCloudErrorKind.Configuration) ThrowTerminatingError(record);
            WriteError(record);
        }

        /// <summary>Runs one item's work, reporting an <see cref="HwCloudException"/> as that item's error.</summary>
        protected void ForItem(object? target, string? notFoundId, Action action)
        {
            try
            {
                action();
            }
            catch (HwCloudException failure)
            {
                WriteFailure(failure, target, notFoundId);
            }
        }

        void IPipelineOutput.WriteObject(object? item) => WriteObject(item);

        void IPipelineOutput.WriteError(ErrorRecord error) => WriteError(error);

        void IPipelineOutput.Warning(string line) => Streams.Warning(line);

        public void Dispose()
        {
            _stopping.Dispose();
            _dispatcher?.Dispose();
            GC.SuppressFinalize(this);
        }

        private bool IsShown(string preference) =>
            SessionState.PSVariable.GetValue(preference) is ActionPreference value && value != ActionPreference.SilentlyContinue &&
            value != ActionPreference.Ignore;
    }
}
