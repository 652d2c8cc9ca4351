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
}
