using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace HwTasks.Demo;

/// <summary>
/// The emulator as every test and demo of this repository starts it: HwTasks.Testing's
/// Start-HwCloudEmulator, hosted in this process on a free loopback port. It runs in a runspace of
/// its own that imports HwTasks and HwTasks.Testing from the checkout, so this program never
/// references HwTasks, HwTasks.Core or HwTasks.Emulator as assemblies: the modules load them, as in pwsh.
/// Shared with tests/HwTasks.Module.Tests (linked source).
/// </summary>
public sealed class EmulatorHost : IDisposable
{
    private readonly Runspace _runspace;
    private readonly PSObject _emulator;

    private EmulatorHost(Runspace runspace, PSObject emulator, Uri baseUri)
    {
        _runspace = runspace;
        _emulator = emulator;
        BaseUri = baseUri;
    }

    /// <summary>e.g. http://127.0.0.1:41234/ (with a trailing slash).</summary>
    public Uri BaseUri { get; }

    /// <summary>e.g. http://127.0.0.1:41234 (no trailing slash), for -EndpointUrl.</summary>
    public string Url => BaseUri.GetLeftPart(UriPartial.Authority);

    /// <summary>Starts an emulator with the default seed; <paramref name="root"/> is the checkout (the folder of HwTasks.psd1).</summary>
    public static EmulatorHost Start(string root)
    {
        var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        try
        {
            runspace.Open();
            var output = Invoke(runspace, "Import-Module $args[0] -ErrorAction Stop; Import-Module $args[1] -ErrorAction Stop; Start-HwCloudEmulator -ErrorAction Stop",
                Path.Combine(root, "HwTasks.psd1"), Path.Combine(root, "src", "HwTasks.Testing", "HwTasks.Testing.psd1"));
            var emulator = output.Single();
            return new EmulatorHost(runspace, emulator, (Uri)emulator.Properties["Url"].Value);
        }
        catch
        {
            runspace.Dispose();
            throw;
        }
    }

    private static IReadOnlyList<PSObject> Invoke(Runspace runspace, string script, params object[] arguments)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript(script);
        foreach (var argument in arguments) ps.AddArgument(argument);
        var output = ps.Invoke();
        if (ps.HadErrors && ps.Streams.Error.Count > 0)
            throw new InvalidOperationException("The emulator did not start: " + string.Join(" | ", ps.Streams.Error));
        return output;
    }

    public void Dispose()
    {
        try
        {
            Invoke(_runspace, "Stop-HwCloudEmulator -Emulator $args[0]", _emulator);
        }
        finally
        {
            _runspace.Dispose();
        }
    }
}
