using System.Diagnostics;

namespace HwTasks.Pester.Tests;

/// <summary>
/// Starts the repository's pinned pwsh (the local tool in .config/dotnet-tools.json) as a child
/// process with -NoProfile -NonInteractive, as a scheduled script would run, and kills it if it
/// outlives its limit: nothing a suite does can hang the test run.
/// </summary>
internal static class PwshProcess
{
    public sealed record Outcome(int ExitCode, string Output, bool TimedOut);

    public static async Task<Outcome> RunFileAsync(string script, IEnumerable<string> arguments, TimeSpan limit)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "tool", "run", "pwsh", "--", "-NoProfile", "-NonInteractive", "-File", script }.Concat(arguments))
            info.ArgumentList.Add(argument);
        // Colour codes would make failure messages unreadable in the test report.
        info.Environment["NO_COLOR"] = "1";
        info.Environment["TERM"] = "dumb";
        info.Environment["NUGET_PACKAGES"] = RepositoryPaths.NuGetPackageRoot;

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start pwsh.");
        process.StandardInput.Close();
        var output = new System.Text.StringBuilder();
        var gate = new object();
        void Append(string? line)
        {
            if (line is null) return;
            lock (gate) output.AppendLine(line);
        }
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            lock (gate) return new Outcome(-1, output.ToString(), TimedOut: true);
        }
        process.WaitForExit(); // flushes the redirected streams
        lock (gate) return new Outcome(process.ExitCode, output.ToString(), TimedOut: false);
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
