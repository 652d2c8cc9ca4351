using HwTasks.Core;

namespace HwTasks.Internal
{
    /// <summary>The one TargetResolver of the module, for commands and completers alike (its caches are process-wide anyway).</summary>
    internal static class SharedResolver
    {
        public static TargetResolver Instance { get; } = new TargetResolver();
    }
}
