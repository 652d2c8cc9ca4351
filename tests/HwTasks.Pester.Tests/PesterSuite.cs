using System.Text.Json;

namespace HwTasks.Pester.Tests;

/// <summary>
/// The Pester suites as xunit sees them: discovered once (Pester's discovery phase, no BeforeAll
/// runs) to name one test per It, then run once, each suite file in its own pwsh process, at most
/// as many at a time as there are cores.
/// </summary>
internal static class PesterSuite
{
    private static readonly TimeSpan DiscoveryLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan SuiteLimit = TimeSpan.FromMinutes(15);

    public sealed record TestResult(string File, string Name, string Result, string Message)
    {
        /// <summary>The id xunit shows: the suite file relative to tests/ (or to the root, for an example's), then Pester's expanded path.</summary>
        public string Id => RelativeName(File) + " › " + Name;
    }

    private sealed record Report(List<TestResult> Tests, List<TestResult> Blocks);

    /// <summary>The module's suites under tests/ and the examples' tests (docs/TESTING.md's), which users copy.</summary>
    public static IReadOnlyList<string> SuiteFiles { get; } = new[] { RepositoryPaths.Tests, RepositoryPaths.Examples }
        .SelectMany(folder => Directory.EnumerateFiles(folder, "*.Tests.ps1", SearchOption.AllDirectories))
        .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) &&
                    !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
        .OrderBy(f => f, StringComparer.Ordinal).ToList();

    private static string RelativeName(string file)
    {
        var relative = Path.GetRelativePath(RepositoryPaths.Tests, file);
        if (relative.StartsWith("..", StringComparison.Ordinal)) relative = Path.GetRelativePath(RepositoryPaths.Root, file);
        return relative.Replace('\\', '/');
    }

    private static readonly Lazy<Task<Report>> DiscoveryRun = new(() => RunAsync(SuiteFiles, discoverOnly: true, DiscoveryLimit));
    private static readonly Lazy<Task<IReadOnlyList<Report>>> FullRun = new(RunAllAsync);

    /// <summary>Every It by id, numbered when two share a name so that each is its own test.</summary>
    public static IReadOnlyList<string> DiscoveredIds() => Number(DiscoveryRun.Value.GetAwaiter().GetResult().Tests).Keys.ToList();

    public static IReadOnlyList<TestResult> DiscoveryFailures() => DiscoveryRun.Value.GetAwaiter().GetResult().Blocks;

    public static IReadOnlyDictionary<string, TestResult> Results() =>
        Number(FullRun.Value.GetAwaiter().GetResult().SelectMany(r => r.Tests));

    public static IReadOnlyList<TestResult> BlockFailures() => FullRun.Value.GetAwaiter().GetResult().SelectMany(r => r.Blocks).ToList();

    private static Dictionary<string, TestResult> Number(IEnumerable<TestResult> tests)
    {
        var result = new Dictionary<string, TestResult>(StringComparer.Ordinal);
        foreach (var test in tests)
        {
            var id = test.Id;
            for (var n = 2; result.ContainsKey(id); n++) id = test.Id + " #" + n;
            result[id] = test;
        }
        return result;
    }

    private static async Task<IReadOnlyList<Report>> RunAllAsync()
    {
        using var slots = new SemaphoreSlim(Math.Max(2, Environment.ProcessorCount));
        var runs = SuiteFiles.Select(async file =>
        {
            await slots.WaitAsync();
            try
            {
                return await RunAsync(new[] { file }, discoverOnly: false, SuiteLimit);
            }
            finally
            {
                slots.Release();
            }
        });
        return await Task.WhenAll(runs);
    }

    private static async Task<Report> RunAsync(IReadOnlyList<string> files, bool discoverOnly, TimeSpan limit)
    {
        var resultFile = Path.Combine(Path.GetTempPath(), "hwtasks-pester-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var arguments = new List<string> { "-PesterModule", RepositoryPaths.PesterModule, "-ResultFile", resultFile, "-Path" };
            arguments.Add(string.Join(Path.PathSeparator, files));
            if (discoverOnly) arguments.Add("-DiscoverOnly");
            var outcome = await PwshProcess.RunFileAsync(Path.Combine(RepositoryPaths.Tests, "Invoke-PesterSuite.ps1"), arguments, limit);
            if (outcome.TimedOut || !File.Exists(resultFile))
            {
                var why = outcome.TimedOut ? "did not finish within " + limit : "ended with exit code " + outcome.ExitCode + " and no results";
                var failure = new TestResult(files[0], "(suite)", "Failed", "pwsh " + why + ":\n" + outcome.Output);
                return new Report(new List<TestResult>(), files.Select(f => failure with { File = f }).ToList());
            }
            var report = JsonSerializer.Deserialize<Report>(await File.ReadAllTextAsync(resultFile), JsonOptions)!;
            // Pester's own console report, for a failure's context.
            var withOutput = report.Blocks.Select(b => b with { Message = b.Message + "\n\n" + outcome.Output }).ToList();
            return report with { Blocks = withOutput };
        }
        finally
        {
            if (File.Exists(resultFile)) File.Delete(resultFile);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
}
