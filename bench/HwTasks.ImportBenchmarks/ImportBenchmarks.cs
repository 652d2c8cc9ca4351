using System.Management.Automation;
using System.Management.Automation.Runspaces;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace HwTasks.ImportBenchmarks;

/// <summary>
/// What Import-Module ./HwTasks.psd1 costs a user: each launch is a new process and measures its
/// first operation (cold start), so assembly loading and the private load context are included.
/// The baseline opens the same runspace without importing anything; a one-function script module
/// shows what any first import costs the engine, so HwTasks' own share is the difference.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private static readonly string Manifest = FindManifest();
    private string _trivialModule = string.Empty;

    [GlobalSetup]
    public void WriteTrivialModule()
    {
        _trivialModule = Path.Combine(Path.GetTempPath(), "hwtasks-bench-" + Environment.ProcessId + ".psm1");
        File.WriteAllText(_trivialModule, "function Get-Nothing { 1 }\nExport-ModuleMember -Function Get-Nothing\n");
    }

    [GlobalCleanup]
    public void DeleteTrivialModule() => File.Delete(_trivialModule);

    [Benchmark(Baseline = true)]
    public int OpenRunspace()
    {
        using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        return runspace.Id;
    }

    [Benchmark]
    public int OpenRunspaceAndImportTrivialScriptModule() => OpenAndImport(_trivialModule);

    [Benchmark]
    public int OpenRunspaceAndImportHwTasks() => OpenAndImport(Manifest);

    private static int OpenAndImport(string module)
    {
        using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddCommand("Import-Module").AddParameter("Name", module).AddParameter("PassThru");
        return ps.Invoke().Count;
    }

    private static string FindManifest()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "HwTasks.psd1");
            if (File.Exists(path)) return path;
        }
        throw new InvalidOperationException("Run from a built HwTasks checkout.");
    }
}
