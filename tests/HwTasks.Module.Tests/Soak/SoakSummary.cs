using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Soak;

/// <summary>What a soak run met, for the test output: it varies with timing, so it is shown, not asserted or published.</summary>
internal static class SoakSummary
{
    public static string Of(IReadOnlyList<SoakOutcome> outcomes, IReadOnlyList<LoggedRequest> log, long heapGrowth)
    {
        var errors = outcomes.Where(o => o.Errors.Count > 0).GroupBy(o => o.Step.Call.Command + " " + o.Errors[0].Id.Split(',')[0]);
        var faults = log.Where(l => l.Faulted is not null)
            .GroupBy(l => l.Faulted + (l.ProcessedStatus is null ? "" : " after processing (" + l.ProcessedStatus + ")"));
        return string.Join(Environment.NewLine,
            outcomes.Count + " calls, " + outcomes.Count(o => o.Errors.Count == 0) + " succeeded; " + log.Count + " requests logged",
            "errors: " + string.Join(", ", errors.OrderBy(g => g.Key).Select(g => g.Key + " × " + g.Count())),
            "faults: " + string.Join(", ", faults.OrderBy(g => g.Key).Select(g => g.Key + " × " + g.Count())),
            "expired tokens refused: " + log.Count(l => l.Status == 401 && l.Header("X-Auth-Token") is not null) +
            ", tokens issued: " + log.Count(l => l.Path == "/v3/auth/tokens" && l.Status == 201),
            "starts acted on, then answered with a fault: " + string.Join(", ", ActedOnThenFaulted(outcomes, log)),
            "heap growth after the warm-up: " + heapGrowth / 1024 + " KB");
    }

    private static IEnumerable<string> ActedOnThenFaulted(IReadOnlyList<SoakOutcome> outcomes, IReadOnlyList<LoggedRequest> log)
    {
        var faultedAfterActing = log.Where(l => l.ProcessedStatus is not null).Select(l => l.Method + " " + l.Path).ToHashSet();
        return outcomes.Where(o => o.Step.Call.Start is { } start && faultedAfterActing.Contains(start.Method + " " + start.Path(o.Step.Target)))
            .GroupBy(o => o.Step.Call.Command).OrderBy(g => g.Key).Select(g => g.Key + " × " + g.Count());
    }
}
