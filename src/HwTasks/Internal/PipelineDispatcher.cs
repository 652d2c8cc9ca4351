using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Http;

namespace HwTasks.Internal
{
    /// <summary>
    /// Keeps every Write* call on the pipeline thread while async work runs: trace lines and warnings
    /// from the HTTP pipeline's threads are queued here and written while the pipeline thread waits.
    /// Costs nothing when the work completes without yielding, and one event wait when it does.
    /// </summary>
    internal sealed class PipelineDispatcher : IHttpTrace, IDisposable
    {
        private readonly Streams _streams;
        private readonly ConcurrentQueue<Action> _queue = new ConcurrentQueue<Action>();
        private readonly ManualResetEventSlim _wake = new ManualResetEventSlim(false);

        public PipelineDispatcher(Streams streams) => _streams = streams;

        public void Verbose(string line) => Enqueue(() => _streams.Verbose(line));

        public void Debug(string line) => Enqueue(() => _streams.Debug(line));

        /// <summary>A warning from the HTTP pipeline (a long Retry-After), written on the pipeline thread.</summary>
        public void Warning(string line) => Enqueue(() => _streams.Warning(line));

        /// <param name="stopping">Ctrl+C: returns at once (OperationCanceledException) without waiting for the
        /// cancelled task to wind down, which a busy thread pool could delay.</param>
        public T Run<T>(Task<T> task, CancellationToken stopping)
        {
            if (!task.IsCompleted)
            {
                // Wake the loop when the task ends, whether or not anything was queued.
                task.GetAwaiter().UnsafeOnCompleted(_wake.Set);
                while (!task.IsCompleted)
                {
                    _wake.Wait(stopping);
                    _wake.Reset();
                    Drain();
                }
            }
            Drain();
            return task.GetAwaiter().GetResult();
        }

        /// <summary>Runs an action on the pipeline thread: now if it is waiting, else the next time it waits or drains.</summary>
        public void Post(Action action) => Enqueue(action);

        /// <summary>Writes whatever is queued (lines written outside <see cref="Run{T}"/>).</summary>
        public void Drain()
        {
            while (_queue.TryDequeue(out var write)) write();
        }

        public void Dispose() => _wake.Dispose();

        private void Enqueue(Action write)
        {
            _queue.Enqueue(write);
            _wake.Set();
        }
    }
}
