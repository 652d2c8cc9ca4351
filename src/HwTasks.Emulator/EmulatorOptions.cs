using HwTasks.Emulator.Gateway;
using HwTasks.Emulator.Seed;

namespace HwTasks.Emulator;

public sealed class EmulatorOptions
{
    /// <summary>
    /// Where to listen: http URLs with an IP address, localhost or * as host, ';'-separated; port 0
    /// picks a free port (read it back from <see cref="EmulatorServer.BaseAddress"/>).
    /// </summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>The initial state; null means the default seed.</summary>
    public SeedDocument? Seed { get; set; }

    /// <summary>Freeze service time; it then moves only through <c>POST /_emulator/clock/advance</c> or <see cref="EmulatorServer.Clock"/>.</summary>
    public bool ManualClock { get; set; }

    /// <summary>Where service time starts (default: now).</summary>
    public DateTimeOffset? ClockStart { get; set; }

    /// <summary>The gateway's own clock, used only for the X-Sdk-Date check (default: the system clock).</summary>
    public TimeProvider? GatewayClock { get; set; }

    public long MaxRequestBodyBytes { get; set; } = RequestBodyBuffer.DefaultLimit;

    /// <summary>
    /// Where the emulator reports its own failures (a handler that threw, a failed accept); null
    /// keeps quiet. The command line sets stderr, so stdout keeps its one line.
    /// </summary>
    public TextWriter? ErrorLog { get; set; }
}
