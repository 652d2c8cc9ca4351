using System;
using System.Management.Automation;
using HwTasks.Core.Http;

namespace HwTasks.Internal
{
    /// <summary>
    /// One piped item's calls, which may run while other items' calls are in flight (-ThrottleLimit).
    /// What the item writes goes through the dispatcher, so it reaches the pipeline thread as soon as
    /// that thread waits, in the order the item wrote it.
    /// </summary>
    internal sealed class ItemCall
    {
        private readonly PipelineDispatcher _dispatcher;
        private readonly IPipelineOutput _output;

        public ItemCall(ServiceTarget target, CallOptions options, PipelineDispatcher dispatcher, IPipelineOutput output)
        {
            Target = target;
            Options = options;
            _dispatcher = dispatcher;
            _output = output;
        }

        public ServiceTarget Target { get; }
        public CallOptions Options { get; }

        public void Write(object? item) => _dispatcher.Post(() => _output.WriteObject(item));

        public void Fail(ErrorRecord error) => _dispatcher.Post(() => _output.WriteError(error));

        public void Warning(string line) => _dispatcher.Warning(line);

        public void Verbose(string line) => _dispatcher.Verbose(line);

        /// <summary>Runs an action on the pipeline thread (state the command keeps across items).</summary>
        public void OnPipeline(Action action) => _dispatcher.Post(action);
    }
}
