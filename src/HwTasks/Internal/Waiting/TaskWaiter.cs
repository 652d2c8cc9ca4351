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
    /// </summary>
    internal sealed class TaskWaiter
    {
        private readonly ServiceCmdlet _cmdlet;
        private readonly TimeSpan? _timeout;
        private readonly TimeSpan _pollInterval;

        public TaskWaiter(ServiceCmdlet cmdlet, TimeSpan? timeout, TimeSpan pollInterval)
        {
            _cmdlet = cmdlet;
            _timeout = timeout;
            _pollInterval = pollInterval;
        }

        public void Run(IReadOnlyList<Waitable> items)
        {
            var clock = Stopwatch.StartNew();
            var pending = new List<(Waitable Item, int ActivityId)>();
            for (var i = 0; i < items.Count; i++) pending.Add((items[i], i + 1));

            while (pending.Count > 0)
            {
                foreach (var entry in pending.ToArray())
                {
                    if (Poll(entry.Item, entry.ActivityId, clock.Elapsed)) pending.Remove(entry);
                }
                if (pending.Count == 0) return;

                var left = _timeout.HasValue ? _timeout.Value - clock.Elapsed : (TimeSpan?)null;
                if (left.HasValue && left.Value <= TimeSpan.Zero)
                {
                    foreach (var (item, activityId) in pending) TimedOut(item, activityId, clock.Elapsed);
                    return;
                }
                _cmdlet.Sleep(left.HasValue && left.Value < _pollInterval ? left.Value : _pollInterval);
            }
        }

        /// <summary>Refreshes one item; true when its wait is over (finished, or failed to poll).</summary>
        private bool Poll(Waitable item, int activityId, TimeSpan elapsed)
        {
            try
            {
                var options = _cmdlet.NewCallOptions();
                _cmdlet.Await(async ct =>
                {
                    await item.RefreshAsync(options, ct).ConfigureAwait(false);
                    return true;
                });
            }
            catch (HwCloudException failure)
            {
                Complete(item, activityId);
                _cmdlet.WriteFailure(failure, item.Current, item.NotFoundId);
                return true;
            }

            if (!item.IsFinished)
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

        private void TimedOut(Waitable item, int activityId, TimeSpan elapsed)
        {
            Complete(item, activityId);
            var exception = new HwCloudException(HwCloudErrorKind.Timeout, "WaitTimeout",
                item.Description + " is still " + item.Status + " after " + Seconds(elapsed) + " (-TimeoutSec). It goes on in the service; wait again or stop it.");
            _cmdlet.WriteError(new ErrorRecord(exception, "WaitTimeout", ErrorCategory.OperationTimeout, item.Current));
        }

        private void Complete(Waitable item, int activityId) =>
            _cmdlet.WriteProgress(new ProgressRecord(activityId, "Waiting for " + item.Description, "Done") { RecordType = ProgressRecordType.Completed });

        private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s";
    }
}
