using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Http;

namespace HwTasks.Internal
{
    /// <summary>
    /// Runs async work while keeping every Write* call on the pipeline thread: trace lines from the
    /// HTTP pipeline's threads are queued here and written while the pipeline thread waits.
    /// </summary>
    internal sealed class PipelineDispatcher : IHttpTrace
    {
        private readonly Streams _streams;
        private readonly BlockingCollection<Action> _queue = new BlockingCollection<Action>();

        public PipelineDispatcher(Streams streams) => _streams = streams;

        public void Verbose(string line) => _queue.Add(() => _streams.Verbose(line));

        public void Debug(string line) => _queue.Add(() => _streams.Debug(line));

        /// <summary>A warning from the HTTP pipeline (a long Retry-After), written on the pipeline thread.</summary>
        public void Warning(string line) => _queue.Add(() => _streams.Warning(line));

        /// <param name="stopping">Ctrl+C: returns at once (OperationCanceledException) without waiting for the
        /// cancelled task to wind down, which a busy thread pool could delay.</param>
        public T Run<T>(Task<T> task, CancellationToken stopping)
        {
            // Wake the loop when the task ends, whether or not anything was queued.
            task.ContinueWith(_ => _queue.Add(() => { }), TaskContinuationOptions.ExecuteSynchronously);
            while (!task.IsCompleted)
            {
                _queue.Take(stopping)();
            }
            Drain();
            return task.GetAwaiter().GetResult();
        }

        /// <summary>Writes whatever is queued (lines written outside <see cref="Run{T}"/>).</summary>
        public void Drain()
        {
            while (_queue.TryTake(out var write)) write();
        }
    }
}
