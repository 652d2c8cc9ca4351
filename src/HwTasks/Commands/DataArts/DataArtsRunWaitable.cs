using System;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Http;
using HwTasks.Internal.Waiting;
using HwTasks.Core.Services.DataArts;

namespace HwTasks.Commands.DataArts
{
    /// <summary>A DataArts metadata task's latest run, polled with ShowTaskInfo until it is no longer RUNNING.</summary>
    internal sealed class DataArtsRunWaitable : Waitable
    {
        private static DataArtsClient DataArts => DataArtsCmdlet.DataArts;
        private readonly string _workspaceId;
        private readonly string _taskId;
        // A Date header has whole seconds and the run starts just before the answer is sent.
        private static readonly TimeSpan StartTolerance = TimeSpan.FromSeconds(5);
        private readonly DateTimeOffset? _runStartedAfter;
        private DataArtsMetadataTask? _current;

        public DataArtsRunWaitable(ServiceTarget target, string workspaceId, string taskId, DataArtsMetadataTask? task = null) : base(target)
        {
            _workspaceId = workspaceId;
            _taskId = taskId;
            _current = task;
        }

        /// <summary>After a start, waits for the run that start began, not for an earlier one the service may still report.</summary>
        public DataArtsRunWaitable(ServiceTarget target, DataArtsTaskActionResult action) : this(target, action.WorkspaceId, action.TaskId)
        {
            if (action.Action == DataArtsTaskAction.Start) _runStartedAfter = action.RequestedTime - StartTolerance;
        }

        public override string Description => "DataArts task " + (_current?.Name is { } name ? "'" + name + "' (" + _taskId + ")" : _taskId) + " in workspace " + _workspaceId;
        public override object Current => (object?)_current ?? _taskId;
        public override bool IsFinished => _current is not null && !_current.IsRunning &&
                                           (_runStartedAfter is null || _current.LastRunTime >= _runStartedAfter);
        public override string? Failure =>
            _current?.LastRunStatus == DataArtsRunStatus.Failed ? "the last run of the task FAILED" : null;
        public override string FailureId => "DataArtsTaskFailed";
        public override string NotFoundId => "DataArtsTaskNotFound";
        public override string Status => _current?.LastRunStatusText ?? "not run yet";
        // A task runs again on its schedule or the next start: its last run never makes it terminal.
        public override bool IsTerminal => false;
        public override string State => _current?.LastRunStatus?.ToString() ?? "NotRun";
        public static System.Collections.Generic.IReadOnlyCollection<string> RunStates => WaitableStates.Of<DataArtsRunStatus>();
        public override System.Collections.Generic.IReadOnlyCollection<string> States => RunStates;

        public override async Task RefreshAsync(CallOptions options, CancellationToken cancellationToken) =>
            _current = await DataArts.GetTaskAsync(Target, _workspaceId, _taskId, options, cancellationToken).ConfigureAwait(false);
    }
}
