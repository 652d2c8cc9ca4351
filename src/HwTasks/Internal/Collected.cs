using System.Collections.Generic;

namespace HwTasks.Internal
{
    /// <summary>
    /// Keeps what a <see cref="Pager"/> lists instead of writing it, for a list a command needs whole
    /// before its own output (the instances whose workspaces it lists); errors and warnings still go out.
    /// </summary>
    internal sealed class Collected<T> : IPipelineOutput
    {
        private readonly IPipelineOutput _output;

        public Collected(IPipelineOutput output) => _output = output;

        public List<T> Items { get; } = new List<T>();

        public void WriteObject(object? item)
        {
            if (item is T value) Items.Add(value);
        }

        public void WriteError(System.Management.Automation.ErrorRecord error) => _output.WriteError(error);

        public void Warning(string line) => _output.Warning(line);
    }
}
