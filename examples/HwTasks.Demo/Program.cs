using System.Management.Automation;
using System.Management.Automation.Runspaces;
using HwTasks.Demo;

// dotnet run --project examples/HwTasks.Demo [-- --endpoint http://127.0.0.1:5080]
// Without --endpoint it hosts the emulator in this process (HwTasks.Testing's Start-HwCloudEmulator,
// on a free loopback port) and stops it at the end.
var root = FindRoot();
var endpoint = args.SkipWhile(a => a != "--endpoint").Skip(1).FirstOrDefault();
EmulatorHost? emulator = null;
try
{
    if (endpoint is null)
    {
        emulator = EmulatorHost.Start(root);
        endpoint = emulator.Url;
    }
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
catch (InvalidOperationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
finally
{
    emulator?.Dispose();
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "HwTasks.psd1"))) return dir.FullName;
    }
    throw new InvalidOperationException("Run the demo from a HwTasks checkout (HwTasks.psd1 not found).");
}
