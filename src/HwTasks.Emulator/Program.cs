using System.Runtime.InteropServices;
using HwTasks.Emulator;
using HwTasks.Emulator.Seed;

// dotnet run --project src/HwTasks.Emulator -- [--urls http://127.0.0.1:5080] [--seed file.json] [--clock manual|real]
var options = new EmulatorOptions { Urls = "http://127.0.0.1:5080", ErrorLog = Console.Error };
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--urls" when value is not null:
            options.Urls = value;
            i++;
            break;
        case "--seed" when value is not null:
            options.Seed = SeedLoader.FromFile(value);
            i++;
            break;
        case "--clock" when value is "manual" or "real":
            options.ManualClock = value == "manual";
            i++;
            break;
        default:
            Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'. Usage: HwTasks.Emulator [--urls <url>] [--seed <file.json>] [--clock manual|real]");
            return 2;
    }
}

// Ctrl+C and SIGTERM stop the emulator; the signals are the process's, so the library never handles them.
var stop = new TaskCompletionSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.TrySetResult();
}
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

await using var server = await EmulatorServer.StartAsync(options);
// Test harnesses read this exact line to learn the port; keep it the only stdout output.
Console.Out.WriteLine($"HwTasks.Emulator listening on {server.BaseAddress.GetLeftPart(UriPartial.Authority)}");
Console.Out.Flush();
await stop.Task;
return 0;
