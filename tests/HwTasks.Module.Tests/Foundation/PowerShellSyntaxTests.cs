using System.Management.Automation.Language;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Foundation;

/// <summary>
/// Every PowerShell file of the checkout parses, one test per file. Kept here rather than in Pester:
/// it covers files no suite runs (build.ps1, examples, benchmarks) and names the file and line of a
/// parse error even when a suite could not start pwsh at all.
/// </summary>
public class PowerShellSyntaxTests
{
    private static List<string> ScriptFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".ps1") || f.EndsWith(".psm1") || f.EndsWith(".psd1"))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) &&
                        !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) &&
                        !f.Contains(Path.DirectorySeparatorChar + "out" + Path.DirectorySeparatorChar))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> Files() => new(ScriptFiles());

    [Theory]
    [MemberData(nameof(Files))]
    public void Parses_without_errors(string relativePath)
    {
        Parser.ParseFile(Path.Combine(RepositoryPaths.Root, relativePath), out _, out var errors);

        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"{relativePath}:{e.Extent.StartLineNumber}:{e.Extent.StartColumnNumber} {e.Message}")));
    }

    [Fact]
    public void Finds_the_module_build_script_and_the_Pester_suites()
    {
        var files = ScriptFiles();

        Assert.Contains("HwTasks.psd1", files);
        Assert.Contains("HwTasks.psm1", files);
        Assert.Contains("build.ps1", files);
        Assert.Contains(files, f => f.EndsWith(".Tests.ps1", StringComparison.Ordinal));
    }
}
