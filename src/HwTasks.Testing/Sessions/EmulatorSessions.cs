using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace HwTasks.Testing.Sessions
{
    /// <summary>
    /// The emulators each session (runspace) started, so a command without -Emulator finds "the one
    /// emulator of this session", and every emulator of the process, so none outlives it. A thread
    /// job or parallel runspace has its own list; it can still use another's emulator through
    /// -Emulator $using:emulator.
    /// </summary>
    internal static class EmulatorSessions
    {
        private static readonly ConditionalWeakTable<Runspace, List<HwCloudEmulator>> BySession = new ConditionalWeakTable<Runspace, List<HwCloudEmulator>>();
        private static readonly ConcurrentDictionary<HwCloudEmulator, byte> Running = new ConcurrentDictionary<HwCloudEmulator, byte>();

        static EmulatorSessions()
        {
            // The sockets would close with the process anyway; stopping first ends the requests
            // still being served cleanly, within the emulator's own bounded stop.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll(Running.Keys);
        }

        /// <summary>This session's running emulators, oldest first.</summary>
        public static IReadOnlyList<HwCloudEmulator> Current()
        {
            var list = ListOfCurrent();
            if (list is null) return Array.Empty<HwCloudEmulator>();
            lock (list)
            {
                // One stopped from another session (through -Emulator) leaves this list here.
                list.RemoveAll(e => !e.IsRunning);
                return list.ToList();
            }
        }

        public static void Add(HwCloudEmulator emulator)
        {
            var runspace = Runspace.DefaultRunspace;
            if (runspace is not null)
            {
                var list = BySession.GetValue(runspace, _ => new List<HwCloudEmulator>());
                lock (list) list.Add(emulator);
            }
            Running[emulator] = 0;
        }

        /// <summary>Stops an emulator (harmless when it already was) and forgets it everywhere.</summary>
        public static void Stop(HwCloudEmulator emulator)
        {
            if (emulator.IsRunning) SessionConnection.Release(emulator);
            emulator.Stop();
            Running.TryRemove(emulator, out _);
            var list = ListOfCurrent();
            if (list is null) return;
            lock (list) list.Remove(emulator);
        }

        public static void StopCurrentSession() => StopAll(Current());

        private static void StopAll(IEnumerable<HwCloudEmulator> emulators)
        {
            foreach (var emulator in emulators.ToList()) Stop(emulator);
        }

        private static List<HwCloudEmulator>? ListOfCurrent()
        {
            var runspace = Runspace.DefaultRunspace;
            return runspace is not null && BySession.TryGetValue(runspace, out var list) ? list : null;
        }
    }
}
