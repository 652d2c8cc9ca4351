using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HwTasks.Testing.Internal;

namespace HwTasks.Testing.Sessions
{
    /// <summary>Which emulator a command without -Emulator means: the only one this session has running.</summary>
    internal static class EmulatorChoice
    {
        /// <summary>The given emulator when it still runs, else this session's only one.</summary>
        public static HwCloudEmulator Running(HwCloudEmulator? given)
        {
            if (given is null) return OnlyOne(EmulatorSessions.Current())
                ?? throw new EmulatorError("NoEmulator", ErrorCategory.ObjectNotFound,
                    "No emulator is running in this session: Start-HwCloudEmulator first (or pass -Emulator).", null);
            if (!given.IsRunning)
                throw new EmulatorError("EmulatorStopped", ErrorCategory.ResourceUnavailable,
                    "The emulator '" + given.Name + "' (" + given.Url + ") is stopped. Start another with Start-HwCloudEmulator.", given);
            return given;
        }

        /// <summary>The one running emulator, null when there is none; several are ambiguous.</summary>
        public static HwCloudEmulator? OnlyOne(IReadOnlyList<HwCloudEmulator> running)
        {
            if (running.Count <= 1) return running.FirstOrDefault();
            throw new EmulatorError("EmulatorAmbiguous", ErrorCategory.InvalidArgument,
                running.Count + " emulators are running in this session (" + string.Join(", ", running.Select(e => "'" + e.Name + "'")) +
                "): pass -Emulator to say which one.", null);
        }
    }
}
