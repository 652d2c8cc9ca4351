using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace HwTasks.Module.Tests.Hosting;

/// <summary>A runspace with HwTasks imported from the checkout, and every stream of each run captured.</summary>
public sealed class PowerShellSession : IDisposable
{
    private readonly Runspace _runspace;

    public PowerShellSession(bool importModule = true, System.Management.Automation.Host.PSHost? host = null)
    {
        var state = InitialSessionState.CreateDefault2();
        _runspace = host is null ? RunspaceFactory.CreateRunspace(state) : RunspaceFactory.CreateRunspace(host, state);
        _runspace.Open();
        if (importModule) Run("Import-Module $args[0] -ErrorAction Stop", RepositoryPaths.Manifest).ThrowIfFailed();
    }

    public Runspace Runspace => _runspace;

    public PowerShellRun Run(string script, params object[] args)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        foreach (var arg in args) ps.AddArgument(arg);
        var output = new List<PSObject>();
        Exception? terminating = null;
        try
        {
            output.AddRange(ps.Invoke());
        }
        catch (RuntimeException e)
        {
            terminating = e;
        }
        return new PowerShellRun(output, ps.Streams.Error.ToList(), ps.Streams.Warning.Select(w => w.Message).ToList(),
            ps.Streams.Verbose.Select(v => v.Message).ToList(), ps.Streams.Debug.Select(d => d.Message).ToList(),
            ps.Streams.Information.Select(i => i.MessageData?.ToString() ?? string.Empty).ToList(),
            ps.Streams.Progress.ToList(), terminating);
    }

    /// <summary>Sets a variable in the session, e.g. a SecureString made on the C# side.</summary>
    public void Set(string name, object? value) => _runspace.SessionStateProxy.SetVariable(name, value);

    public void Dispose() => _runspace.Dispose();
}

public sealed record PowerShellRun(
    IReadOnlyList<PSObject> Output,
    IReadOnlyList<ErrorRecord> Errors,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Verbose,
    IReadOnlyList<string> Debug,
    IReadOnlyList<string> Information,
    IReadOnlyList<ProgressRecord> Progress,
    Exception? Terminating)
{
    public PowerShellRun ThrowIfFailed()
    {
        if (Terminating is not null) throw new InvalidOperationException("Script failed: " + Terminating.Message, Terminating);
        if (Errors.Count > 0) throw new InvalidOperationException("Script wrote errors: " + string.Join(" | ", Errors.Select(e => e.ToString())));
        return this;
    }

    /// <summary>Every text the run produced on any stream, for secret scans.</summary>
    public string AllText()
    {
        var parts = new List<string>();
        parts.AddRange(Output.Select(o => o?.ToString() ?? string.Empty));
        foreach (var e in Errors)
        {
            parts.Add(e.ToString());
            parts.Add(e.Exception?.ToString() ?? string.Empty);
            parts.Add(e.ErrorDetails?.Message ?? string.Empty);
            parts.Add(e.FullyQualifiedErrorId);
            parts.Add(e.TargetObject?.ToString() ?? string.Empty);
        }
        parts.AddRange(Warnings);
        parts.AddRange(Verbose);
        parts.AddRange(Debug);
        parts.AddRange(Information);
        parts.AddRange(Progress.Select(p => p.Activity + " " + p.StatusDescription + " " + p.CurrentOperation));
        if (Terminating is not null) parts.Add(Terminating.ToString());
        return string.Join("\n", parts);
    }
}
