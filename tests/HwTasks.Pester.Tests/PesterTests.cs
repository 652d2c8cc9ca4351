namespace HwTasks.Pester.Tests;

/// <summary>Each It of the Pester suites, as one xunit test that passes only when Pester says Passed.</summary>
public sealed class PesterTests
{
    public static TheoryData<string> Its()
    {
        var data = new TheoryData<string>();
        foreach (var id in PesterSuite.DiscoveredIds()) data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Its))]
    public void It(string test)
    {
        Assert.True(PesterSuite.Results().TryGetValue(test, out var result),
            "Pester did not report '" + test + "' (its suite failed before it ran, see the (suite) test).");
        Assert.True(result!.Result == "Passed", result.Result + ": " + result.Message);
    }

    [Fact]
    public void Every_suite_is_discovered_and_runs_without_a_failing_block()
    {
        Assert.NotEmpty(PesterSuite.SuiteFiles);
        Assert.Empty(PesterSuite.DiscoveryFailures().Select(f => f.Id + ": " + f.Message));
        Assert.Empty(PesterSuite.BlockFailures().Select(f => f.Id + ": " + f.Message));
        // Every It that discovery named has a result, and the run found nothing discovery did not.
        Assert.Equal(PesterSuite.DiscoveredIds().OrderBy(i => i, StringComparer.Ordinal), PesterSuite.Results().Keys.OrderBy(i => i, StringComparer.Ordinal));
    }

    /// <summary>
    /// docs/RELIABILITY.md gets one row per Describe of tests/Reliability.Tests.ps1 (a family of
    /// hostile or flaky cases), with the cases that ran in pwsh and whether all passed.
    /// </summary>
    [Fact]
    public void The_reliability_suite_is_published()
    {
        var families = PesterSuite.Results().Values
            .Where(r => Path.GetFileName(r.File) == "Reliability.Tests.ps1")
            .GroupBy(r => r.Name.Split('.')[0]);
        Assert.NotEmpty(families);
        foreach (var family in families)
        {
            var cases = family.ToList();
            var passed = cases.Count(c => c.Result == "Passed");
            HwTasks.Tests.Shared.ReliabilityTable.Record(family.Key + " (pwsh)",
                string.Join("; ", cases.Select(c => c.Name.Substring(family.Key.Length + 1))),
                cases.Count,
                passed == cases.Count ? "all passed in a real pwsh against the emulator" : passed + " of " + cases.Count + " passed");
        }
    }
}
