using System.Diagnostics;

namespace HwTasks.FrameworkTests
{
    /// <summary>The emulator (a .NET 8 program) as a child process on a free loopback port, stopped on Dispose.</summary>
    internal sealed class EmulatorProcess : IDisposable
    {
        private const string Ready = "HwTasks.Emulator listening on ";
        private readonly Process _process;

        private EmulatorProcess(Process process, Uri baseUri)
        {
            _process = process;
            BaseUri = baseUri;
        }

        public Uri BaseUri { get; }

        public static EmulatorProcess Start(string emulatorPath)
        {
            // The dotnet CLI names its own host for child processes; a plain `dotnet` on PATH otherwise.
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
            var info = new ProcessStartInfo(dotnet, "\"" + emulatorPath + "\" --urls http://127.0.0.1:0")
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardInput = true,
            };
            var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + dotnet);
            var line = process.StandardOutput.ReadLineAsync();
            // The emulator prints its address once it listens; it needs a few seconds on a busy machine.
            if (!line.Wait(TimeSpan.FromSeconds(120)) || line.Result is null || !line.Result.StartsWith(Ready, StringComparison.Ordinal))
            {
                Stop(process);
                throw new InvalidOperationException("The emulator did not report its address (first line: '" + (line.IsCompleted ? line.Result : "none yet") + "').");
            }
            return new EmulatorProcess(process, new Uri(line.Result.Substring(Ready.Length)));
        }

        public void Dispose() => Stop(_process);

        private static void Stop(Process process)
        {
            if (!process.HasExited) process.Kill();
            process.WaitForExit();
            process.Dispose();
        }
    }
}
