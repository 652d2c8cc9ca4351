using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using HwTasks.Core;

namespace HwTasks.Internal
{
    /// <summary>
    /// The context Connect-HwCloud sets, one per runspace: parallel runspaces (RunspacePool,
    /// ForEach-Object -Parallel) each keep their own, and a finished runspace takes its own away.
    /// </summary>
    internal static class SessionDefaults
    {
        private static readonly ConditionalWeakTable<Runspace, Holder> Contexts = new ConditionalWeakTable<Runspace, Holder>();

        public static HwCloudContext? Get()
        {
            var runspace = Runspace.DefaultRunspace;
            return runspace is not null && Contexts.TryGetValue(runspace, out var holder) ? holder.Context : null;
        }

        public static void Set(HwCloudContext? context)
        {
            var runspace = Runspace.DefaultRunspace;
            if (runspace is null) return;
            Contexts.GetValue(runspace, _ => new Holder()).Context = context;
        }

        private sealed class Holder
        {
            public volatile HwCloudContext? Context;
        }
    }
}
