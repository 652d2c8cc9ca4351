using System.Collections.Generic;
using System.Linq;

namespace HwTasks.Testing.Requests
{
    /// <summary>An emulator's request log as <see cref="EmulatorRequest"/> objects, in arrival order.</summary>
    internal static class RequestLog
    {
        public static IReadOnlyList<EmulatorRequest> Of(HwCloudEmulator emulator) =>
            emulator.Server.Admin.Requests().Select(e => new EmulatorRequest(e, emulator.Name)).ToList();
    }
}
