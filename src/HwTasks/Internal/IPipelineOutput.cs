namespace HwTasks.Internal
{
    /// <summary>Where helpers that stream results (the pager) write: the cmdlet, on its pipeline thread.</summary>
    internal interface IPipelineOutput
    {
        void WriteObject(object? item);

        void WriteError(System.Management.Automation.ErrorRecord error);

        /// <summary>A warning that never prompts (see <see cref="Streams"/>).</summary>
        void Warning(string line);
    }
}
