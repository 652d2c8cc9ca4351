using System.Diagnostics;
using System.Text;

namespace HwTasks.Module.Tests.Hosting;

/// <summary>
/// The contributor emulator (src/HwTasks.Emulator, the implementation HwTasks.Testing hosts) as a
/// child process on a free loopback port: only for a test whose measure must not include the
/// emulator's own memory (<see cref="TestEmulator.StartInOwnProcessAsync"/>).
/// </summary>
internal sealed class EmulatorChildProcess : IDisposable
{
    private const string ListeningMarker = "HwTasks.Emulator listening on ";
    private readonly Process _process;

    private EmulatorChildProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static async Task<EmulatorChildProcess> StartAsync()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { EmulatorAssembly(), "--urls", "http://127.0.0.1:0" }) info.ArgumentList.Add(argument);
        var process = Process.Start(info)!;
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(ListeningMarker, StringComparison.Ordinal))
                return new EmulatorChildProcess(process, new Uri(line[ListeningMarker.Length..].Trim()));
        }
        throw new InvalidOperationException("The emulator exited before listening: " + errors);
    }

    // Built with this test assembly's configuration (…/bin/<Configuration>/net10.0/); the emulator targets net8.0.
    private static string EmulatorAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(RepositoryPaths.Root, "src", "HwTasks.Emulator", "bin", configuration, "net8.0", "HwTasks.Emulator.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the emulator first.", path);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
