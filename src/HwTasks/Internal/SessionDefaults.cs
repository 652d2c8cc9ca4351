using System;
using System.Collections.Concurrent;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using HwTasks.Core;

namespace HwTasks.Internal
{
    /// <summary>
    /// The context Connect-HwCloud sets, one per runspace: parallel runspaces (RunspacePool,
    /// ForEach-Object -Parallel) each keep their own, and a finished runspace takes its own away.
    /// Which runspaces are connected is known too, only to tell a runspace without credentials why:
    /// a thread job or parallel script block never borrows its parent's default.
    /// </summary>
    internal static class SessionDefaults
    {
        private static readonly ConditionalWeakTable<Runspace, Holder> Contexts = new ConditionalWeakTable<Runspace, Holder>();

        // Weak, so a runspace nobody closed can still be collected; pruned as it is read.
        private static readonly ConcurrentDictionary<Guid, WeakReference<Runspace>> Connected = new ConcurrentDictionary<Guid, WeakReference<Runspace>>();

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
            if (context is null) Connected.TryRemove(runspace.InstanceId, out _);
            else Connected[runspace.InstanceId] = new WeakReference<Runspace>(runspace);
        }

        /// <summary>
        /// For a runspace with no credentials of its own while another runspace of the process has a
        /// session default: how to pass that context along. Null otherwise.
        /// </summary>
        public static string? HintWhenConnectedElsewhere()
        {
            var current = Runspace.DefaultRunspace;
            foreach (var entry in Connected)
            {
                if (!entry.Value.TryGetTarget(out var other) || other.RunspaceStateInfo.State == RunspaceState.Closed ||
                    other.RunspaceStateInfo.State == RunspaceState.Broken)
                {
                    Connected.TryRemove(entry.Key, out _);
                    continue;
                }
                if (ReferenceEquals(other, current) || !Contexts.TryGetValue(other, out var holder) || holder.Context is null) continue;
                return "This runspace has no session default, and another runspace of this process has one: a session default " +
                       "(Connect-HwCloud) stays in the runspace that set it, so ForEach-Object -Parallel and Start-ThreadJob script " +
                       "blocks do not see it. Pass it along: run $ctx = Get-HwCloudContext in the parent and -Context $using:ctx on the " +
                       "command (or use -ProfileName).";
            }
            return null;
        }

        private sealed class Holder
        {
            public volatile HwCloudContext? Context;
        }
    }
}
