using System;
using System.Collections.Generic;

namespace HwTasks.Internal.Waiting
{
    /// <summary>
    /// A command's -Wait: what its items started or stopped, waited on together with one progress
    /// display once every item's calls are done (the command calls <see cref="Run"/> from OnEnd).
    /// </summary>
    internal sealed class PendingWaits
    {
        private readonly List<Waitable> _waits = new List<Waitable>();

        /// <summary>With <paramref name="wait"/>, keeps what to wait on; otherwise writes <paramref name="item"/>.</summary>
        public void WriteOrKeep(ItemCall call, bool wait, object item, Func<Waitable> waitable)
        {
            if (wait) call.OnPipeline(() => _waits.Add(waitable()));
            else call.Write(item);
        }

        /// <summary>
        /// The command was stopped (Ctrl+C, Stop-Job) during a later item's call, before the wait began:
        /// what the earlier items started or stopped goes on in the service, and is named.
        /// </summary>
        public void Abandon(ServiceCmdlet cmdlet)
        {
            foreach (var item in _waits) TaskWaiter.Abandoned(cmdlet, item);
        }

        /// <param name="timeoutSec">The command's -WaitTimeoutSec (its -TimeoutSec bounds each request).</param>
        public void Run(ServiceCmdlet cmdlet, double timeoutSec, double pollIntervalSec)
        {
            if (_waits.Count > 0) new TaskWaiter(cmdlet, TimeSpan.FromSeconds(timeoutSec), "-WaitTimeoutSec", TimeSpan.FromSeconds(pollIntervalSec)).Run(_waits);
        }
    }
}
