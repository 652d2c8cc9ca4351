using System.Runtime.CompilerServices;
using HwTasks.Core;
using HwTasks.Internal;

namespace HwTasks.Testing.Sessions
{
    /// <summary>
    /// The session default (Connect-HwCloud's) that Start-HwCloudEmulator -Connect replaces and its stop
    /// hands back, so a Pester run in a connected console leaves the console connected as it was.
    /// </summary>
    internal static class SessionConnection
    {
        // Which emulator each -Connect context belongs to, to see past one that stopped while another replaced it.
        private static readonly ConditionalWeakTable<HwCloudContext, HwCloudEmulator> Owners = new ConditionalWeakTable<HwCloudContext, HwCloudEmulator>();

        /// <summary>This session's default, or null.</summary>
        public static HwCloudContext? Current => SessionDefaults.Get();

        /// <summary>Called once a -Connect emulator's context is the session default.</summary>
        public static void Track(HwCloudEmulator emulator) => Owners.AddOrUpdate(emulator.Context, emulator);

        /// <summary>
        /// Called as an emulator stops. When its context is still this session's default, the one it
        /// replaced comes back (none, if there was none), passing over emulators stopped since; a default
        /// set after it (Connect-HwCloud, another emulator) is left alone.
        /// </summary>
        public static void Release(HwCloudEmulator emulator)
        {
            if (!emulator.Connected || !ReferenceEquals(SessionDefaults.Get(), emulator.Context)) return;
            var previous = emulator.Replaced;
            while (previous is not null && Owners.TryGetValue(previous, out var owner) && !owner.IsRunning) previous = owner.Replaced;
            SessionDefaults.Set(previous);
        }
    }
}
