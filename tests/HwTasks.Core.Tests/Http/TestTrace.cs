using System.Collections.Concurrent;
using HwTasks.Core.Http;

namespace HwTasks.Core.Tests.Http;

public sealed class TestTrace : IHttpTrace
{
    public ConcurrentQueue<string> VerboseLines { get; } = new();
    public ConcurrentQueue<string> DebugLines { get; } = new();
    public void Verbose(string line) => VerboseLines.Enqueue(line);
    public void Debug(string line) => DebugLines.Enqueue(line);
    public string All => string.Join("\n", VerboseLines.Concat(DebugLines));
}
