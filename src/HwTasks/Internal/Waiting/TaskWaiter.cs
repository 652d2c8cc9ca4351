using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using HwTasks.Core.Errors;

namespace HwTasks.Internal.Waiting
{
    /// <summary>
    /// Polls every waitable each round, with one progress bar per item, until each has finished or
    /// the timeout passes. A finished item's final object is written as soon as it finishes; one that
    /// failed also gets a non-terminating error carrying the service's summary. Ctrl+C stops at once.
    /// Nothing outlives -TimeoutSec: each poll, its retries and any Retry-After end by the deadline.
    /// A poll that fails in a way that passes (no connection, a timeout, 429, 5xx, a proxy's page)
    /// does not end the wait: the item keeps its last state and is polled again, for up to
    /// <see cref="FailedPollTolerance"/> of failed polls in a row; a failure that will not pass
    /// (404, 403, bad credentials, a certificate or proxy refusal) ends that item's wait with its error.
    /// Nothing is polled after the deadline, and a poll the deadline cut short is the wait's timeout,
    /// not a failed poll. A wait stopped (Ctrl+C, Stop-Job) says what goes on in the service.
    /// </summary>
    internal sealed class TaskWaiter
    {
        public static readonly TimeSpan FailedPollTolerance = TimeSpan.FromMinutes(5);

        private readonly ServiceCmdlet _cmdlet;
        private readonly TimeSpan? _timeout;
        private readonly TimeSpan _pollInterval;

        // The parameter the user gave the timeout with: -TimeoutSec (Wait-HwTask) or -WaitTimeoutSec (-Wait).
        private readonly string _timeoutParameter;

        // Wait-HwTask -Status: the states to wait for instead of a finished one (case-insensitive).
        private readonly HashSet<string>? _targetStates;

        public TaskWaiter(ServiceCmdlet cmdlet, TimeSpan? timeout, string timeoutParameter, TimeSpan pollInterval, IEnumerable<string>? targetStates = null)
        {
            _timeoutParameter = timeoutParameter;
            _targetStates = targetStates is null ? null : new HashSet<string>(targetStates, StringComparer.OrdinalIgnoreCase);
            _cmdlet = cmdlet;
            _timeout = timeout;
            _pollInterval = pollInterval;
        }

        private readonly Dictionary<Waitable, TimeSpan> _failingSince = new Dictionary<Waitable, TimeSpan>();
        private DateTimeOffset? _deadline;

        public void Run(IReadOnlyList<Waitable> items)
        {
            var clock = Stopwatch.StartNew();
            _deadline = _timeout.HasValue ? DateTimeOffset.UtcNow + _timeout.Value : (DateTimeOffset?)null;
            var pending = new List<(Waitable Item, int ActivityId)>();
            for (var i = 0; i < items.Count; i++) pending.Add((items[i], i + 1));
            try
            {
                while (pending.Count > 0)
                {
                    foreach (var entry in pending.ToArray())
                    {
                        if (OutOfTime()) break;
                        if (Poll(entry.Item, entry.ActivityId, clock.Elapsed)) pending.Remove(entry);
                    }
                    if (pending.Count == 0) return;

                    var left = _timeout.HasValue ? _timeout.Value - clock.Elapsed : (TimeSpan?)null;
                    if (OutOfTime() || (left.HasValue && left.Value <= TimeSpan.Zero))
                    {
                        foreach (var (item, activityId) in pending) TimedOut(item, activityId, clock.Elapsed);
                        return;
                    }
                    _cmdlet.Sleep(left.HasValue && left.Value < _pollInterval ? left.Value : _pollInterval);
                }
            }
            catch (PipelineStoppedException)
            {
                foreach (var (item, _) in pending) Abandoned(_cmdlet, item);
                throw;
            }
        }

        private bool OutOfTime() => _deadline.HasValue && DateTimeOffset.UtcNow >= _deadline.Value;

        /// <summary>Ctrl+C or Stop-Job: the user stopped the wait, not the run or task, which the service goes on with.</summary>
        internal static void Abandoned(ServiceCmdlet cmdlet, Waitable item) =>
            cmdlet.WarnAfterStop("Stopped waiting for " + item.Description + (item.RunId is null ? string.Empty : ", run " + item.RunId) +
                                  " (" + item.Status + "); it goes on in the service.");

        /// <summary>Refreshes one item; true when its wait is over (finished, or failed to poll).</summary>
        private bool Poll(Waitable item, int activityId, TimeSpan elapsed)
        {
            try
            {
                var options = _cmdlet.NewCallOptions();
                options.Deadline = _deadline;
                _cmdlet.WaitFor(async ct =>
                {
                    await item.RefreshAsync(options, ct).ConfigureAwait(false);
                    return true;
                });
            }
            catch (HwCloudException failure) when (Passes(failure) && OutOfTime())
            {
                return false; // cut short by the wait's own deadline: the wait times out, the poll did not fail
            }
            catch (HwCloudException failure) when (Passes(failure) && StillTolerated(item, elapsed, failure))
            {
                return false;
            }
            catch (HwCloudException failure)
            {
                Complete(item, activityId);
                _cmdlet.WriteFailure(failure, item.Current, item.NotFoundId);
                return true;
            }
            if (_failingSince.Remove(item)) _cmdlet.Streams.Verbose("Polling " + item.Description + " works again.");

            if (_targetStates is not null)
            {
                if (_targetStates.Contains(item.State))
                {
                    Complete(item, activityId);
                    _cmdlet.WriteObject(item.Current);
                    return true;
                }
                if (item.IsTerminal)
                {
                    // Ended in another state: the one asked for can no longer come.
                    Complete(item, activityId);
                    _cmdlet.WriteError(new ErrorRecord(new HwCloudException(HwCloudErrorKind.Service, "StateNotReached",
                            item.Description + " ended " + item.State + "; it will not become " + string.Join(" or ", _targetStates) + "."),
                        "StateNotReached", ErrorCategory.InvalidResult, item.Current));
                    return true;
                }
            }
            if (_targetStates is not null || !item.IsFinished)
            {
                _cmdlet.WriteProgress(new ProgressRecord(activityId, "Waiting for " + item.Description,
                    item.Status + " after " + Seconds(elapsed)) { PercentComplete = item.Percent });
                return false;
            }

            Complete(item, activityId);
            _cmdlet.WriteObject(item.Current);
            if (item.Failure is not null)
            {
                var exception = new HwCloudException(HwCloudErrorKind.Service, item.FailureId, item.Description + " ended " + item.Status + ": " + item.Failure);
                _cmdlet.WriteError(new ErrorRecord(exception, item.FailureId, ErrorCategory.OperationStopped, item.Current));
            }
            return true;
        }

        // Failures a later poll may not meet: the network, the time limits, throttling, the service's
        // own trouble, and an answer from something in front of it.
        private static bool Passes(HwCloudException failure) =>
            (failure.Kind == HwCloudErrorKind.Connection && failure.ErrorId == "ConnectionFailed") || failure.Kind == HwCloudErrorKind.Timeout ||
            failure.Kind == HwCloudErrorKind.InvalidResponse ||
            (failure.Kind == HwCloudErrorKind.Service && (failure.StatusCode == 429 || failure.StatusCode >= 500));

        private bool StillTolerated(Waitable item, TimeSpan elapsed, HwCloudException failure)
        {
            if (!_failingSince.TryGetValue(item, out var since))
            {
                _failingSince[item] = elapsed;
                _cmdlet.Streams.Warning("Polling " + item.Description + " failed; still waiting (up to " + FailedPollTolerance.TotalMinutes +
                                        " minutes of failed polls in a row, within " + _timeoutParameter + "): " + failure.Message);
                return true;
            }
            if (elapsed - since < FailedPollTolerance)
            {
                _cmdlet.Streams.Verbose("Polling " + item.Description + " failed again: " + failure.Message);
                return true;
            }
            _failingSince.Remove(item);
            return false;
        }

        private void TimedOut(Waitable item, int activityId, TimeSpan elapsed)
        {
            Complete(item, activityId);
            var exception = new HwCloudException(HwCloudErrorKind.Timeout, "WaitTimeout",
                item.Description + " is still " + item.Status + " after " + Seconds(elapsed) + " (" + _timeoutParameter + "). It goes on in the service; wait again or stop it.");
            _cmdlet.WriteError(new ErrorRecord(exception, "WaitTimeout", ErrorCategory.OperationTimeout, item.Current));
        }

        private void Complete(Waitable item, int activityId) =>
            _cmdlet.WriteProgress(new ProgressRecord(activityId, "Waiting for " + item.Description, "Done") { RecordType = ProgressRecordType.Completed });

        private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s";
    }
}
