using System.Diagnostics;
using System.Net;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

public sealed class ChildProcessTests
{
    [Fact]
    public async Task Emulator_started_as_a_process_prints_its_port_and_serves_signed_calls()
    {
        var dll = EmulatorDll();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "--urls", "http://127.0.0.1:0", "--clock", "manual" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Matches(@"^HwTasks\.Emulator listening on http://127\.0\.0\.1:\d+$", line);
            var baseAddress = new Uri(line!["HwTasks.Emulator listening on ".Length..] + "/");
            Assert.NotEqual(0, baseAddress.Port);

            using var client = new SignedClient(baseAddress);
            var response = await client.SendAsync("GET", "/v2/" + TestEmulator.Project + "/sync-tasks");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The emulator's own build output (it has the runtimeconfig the test output lacks).</summary>
    private static string EmulatorDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var path = Path.Combine(HwTasks.Tests.Shared.RepositoryRoot.Path, "src", "HwTasks.Emulator", "bin", configuration, "net8.0", "HwTasks.Emulator.dll");
        Assert.True(File.Exists(path), path);
        return path;
    }
}
