namespace HwTasks.Core.Http
{
    /// <summary>
    /// Receives trace lines from the pipeline threads. The module queues them and writes them on the
    /// pipeline thread; lines never contain a secret (see <see cref="TraceRedaction"/>).
    /// </summary>
    public interface IHttpTrace
    {
        /// <summary>One line per attempt and per retry decision.</summary>
        void Verbose(string line);
        /// <summary>Headers (allow-listed) and bodies (redacted when they carry secrets).</summary>
        void Debug(string line);
    }
}
