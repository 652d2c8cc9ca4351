using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using HwTasks.Demo;

// dotnet run --project examples/HwTasks.Demo [-- --endpoint http://127.0.0.1:5080]
// Without --endpoint it starts the emulator on a free loopback port and stops it at the end.
var root = FindRoot();
var endpoint = args.SkipWhile(a => a != "--endpoint").Skip(1).FirstOrDefault();
Process? emulator = null;
try
{
    if (endpoint is null) (emulator, endpoint) = await StartEmulator(root);
    Console.WriteLine("HwTasks demo against " + endpoint);

    var host = new ConsoleHost();
    using var runspace = RunspaceFactory.CreateRunspace(host, InitialSessionState.CreateDefault2());
    runspace.Open();
    using var ps = PowerShell.Create();
    ps.Runspace = runspace;
    ps.AddScript("Import-Module $args[0] -ErrorAction Stop; & $args[1] -EndpointUrl $args[2]")
        .AddArgument(Path.Combine(root, "HwTasks.psd1"))
        .AddArgument(Path.Combine(root, "examples", "quickstart.ps1"))
        .AddArgument(endpoint)
        .AddCommand("Out-Default");
    ps.Invoke();
    if (ps.HadErrors)
    {
        foreach (var error in ps.Streams.Error) Console.Error.WriteLine(error);
        return 1;
    }
    return host.ExitCode;
}
catch (RuntimeException e)
{
    Console.Error.WriteLine(e.ErrorRecord?.ToString() ?? e.Message);
    return 1;
}
finally
{
    if (emulator is { HasExited: false }) emulator.Kill(entireProcessTree: true);
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "HwTasks.psd1"))) return dir.FullName;
    }
    throw new InvalidOperationException("Run the demo from a HwTasks checkout (HwTasks.psd1 not found).");
}

static async Task<(Process, string)> StartEmulator(string root)
{
    var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
    var dll = Path.Combine(root, "src", "HwTasks.Emulator", "bin", configuration, "net8.0", "HwTasks.Emulator.dll");
    var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
    foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0" }) info.ArgumentList.Add(argument);
    var process = Process.Start(info)!;
    const string marker = "HwTasks.Emulator listening on ";
    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
    while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
    {
        if (line.StartsWith(marker, StringComparison.Ordinal)) return (process, line[marker.Length..].Trim());
    }
    throw new InvalidOperationException("The emulator did not start.");
}
