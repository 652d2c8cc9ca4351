using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace HwTasks.Jobs
{
    /// <summary>
    /// A command of this module running in a runspace of its own, as a job in the session's job table:
    /// Get-Job lists it, Receive-Job reads its output, errors, warnings and progress, Wait-Job waits for
    /// it and Stop-Job stops it (as Ctrl+C stops the command).
    /// </summary>
    public sealed class HwTaskJob : Job
    {
        private readonly PowerShell _powerShell;
        private readonly PSDataCollection<PSObject> _input;

        internal HwTaskJob(string command, PowerShell powerShell, PSDataCollection<PSObject> input) : base(command)
        {
            PSJobTypeName = "HwTaskJob";
            _powerShell = powerShell;
            _input = input;
            var streams = _powerShell.Streams;
            streams.Error = Error;
            streams.Warning = Warning;
            streams.Verbose = Verbose;
            streams.Debug = Debug;
            streams.Progress = Progress;
            streams.Information = Information;
            _powerShell.InvocationStateChanged += OnStateChanged;
        }

        // Which job runs in which runspace, for a command that must say something after the job was stopped.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Runspace, HwTaskJob> ByRunspace =
            new System.Runtime.CompilerServices.ConditionalWeakTable<Runspace, HwTaskJob>();

        /// <summary>The job whose command runs in <paramref name="runspace"/>, or null.</summary>
        internal static HwTaskJob? Of(Runspace? runspace) =>
            runspace is not null && ByRunspace.TryGetValue(runspace, out var job) ? job : null;

        /// <summary>
        /// A warning for Receive-Job after Stop-Job: a stopped pipeline's own writes are refused, the
        /// job's collection is not.
        /// </summary>
        internal void WarnAfterStop(string line) => Warning.Add(new WarningRecord(line));

        public override string Location => "localhost";

        private Exception? _reason;

        public override string StatusMessage => _reason?.Message ?? string.Empty;

        public override bool HasMoreData =>
            Output.Count > 0 || Error.Count > 0 || Warning.Count > 0 || Verbose.Count > 0 || Debug.Count > 0 || Progress.Count > 0 || Information.Count > 0;

        internal void Start()
        {
            if (_powerShell.Runspace is not null) ByRunspace.Add(_powerShell.Runspace, this);
            SetJobState(JobState.Running);
            _powerShell.BeginInvoke(_input, Output);
        }

        private readonly object _gate = new object();
        private bool _stopping;
        private bool _released;

        public override void StopJob()
        {
            lock (_gate)
            {
                if (_released || IsFinishedState(JobStateInfo.State)) return;
                _stopping = true;
            }
            // Stop raises the Stopped state on this thread, before it returns: the runspace is
            // released after, not under it.
            _powerShell.Stop();
            lock (_gate)
            {
                _stopping = false;
                Release();
            }
        }

        private void OnStateChanged(object? sender, PSInvocationStateChangedEventArgs e)
        {
            switch (e.InvocationStateInfo.State)
            {
                case PSInvocationState.Completed:
                    Finish(JobState.Completed, null);
                    break;
                case PSInvocationState.Failed:
                    Finish(JobState.Failed, e.InvocationStateInfo.Reason);
                    break;
                case PSInvocationState.Stopped:
                    Finish(JobState.Stopped, null);
                    break;
            }
        }

        private void Finish(JobState state, Exception? reason)
        {
            // A terminating error of the command is the job's error too, so Receive-Job shows it.
            if (reason is not null)
            {
                _reason = reason;
                Error.Add(reason is IContainsErrorRecord withRecord
                    ? withRecord.ErrorRecord
                    : new ErrorRecord(reason, "HwTaskJobFailed", ErrorCategory.NotSpecified, null));
            }
            SetJobState(state);
            lock (_gate)
            {
                if (!_stopping) Release();
            }
        }

        // The job's streams are its own collections: they outlive the runspace, which goes at once.
        private void Release()
        {
            if (_released) return;
            _released = true;
            var runspace = _powerShell.Runspace;
            _powerShell.Dispose();
            runspace?.Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                lock (_gate) Release();
            }
            base.Dispose(disposing);
        }

        private static bool IsFinishedState(JobState state) =>
            state == JobState.Completed || state == JobState.Failed || state == JobState.Stopped;
    }
}
