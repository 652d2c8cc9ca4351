using System.Diagnostics;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Foundation;

/// <summary>
/// The one-command demo a new user runs: it starts its own emulator and must finish with exit code 0.
/// Kept in xunit: the demo is a .NET program with its own PowerShell host and console renderer, not
/// something a user does in pwsh, and no Pester suite covers it.
/// </summary>
public class DemoTests
{
    [Fact]
    public async Task The_quick_start_demo_runs_to_completion()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var demo = Path.Combine(RepositoryPaths.Root, "examples", "HwTasks.Demo", "bin", configuration, "net10.0", "HwTasks.Demo.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(demo);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);

        var text = await output;
        Assert.True(process.ExitCode == 0, "exit " + process.ExitCode + "\n" + text + "\n" + await errors);
        Assert.Contains("AK EMUL…0001", text);
        Assert.Matches(@"jdbc2hive\s+\d+\s+Succeeded\s+100", text);
        Assert.Contains("[done] Waiting for CDM job 'jdbc2hive'", text);
        Assert.Matches(@"wf-cron-nightly-cleanup\s+Disabled", text);
        Assert.Matches(@"wf-cron-nightly-cleanup\s+Enabled", text);
        Assert.Matches(@"f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b\s+Synchronizing", text);
        Assert.Matches(@"Start\s+2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a", text);
        Assert.EndsWith("== Done", text.TrimEnd());
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal); // culture comparison would ignore the control character
        Assert.DoesNotContain("demo-source-secret-key", text);
    }
}
