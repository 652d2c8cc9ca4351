namespace HwTasks.Module.Tests.Soak;

/// <summary>One call of one runspace: its cmdlet and what it reads, changes or starts.</summary>
internal sealed record SoakStep(int Slot, int Round, int Index, SoakCall Call, string Target)
{
    /// <summary>How the worker script receives it.</summary>
    public string Line => Call.Command + "|" + Target;
}

/// <summary>
/// The calls of every runspace, drawn from a seed so a run can be repeated. Each runspace reads
/// and changes its own resources and every start starts a resource nothing else touches, so the
/// emulator's request log tells, for each start call, every attempt it made.
/// </summary>
internal static class SoakPlan
{
    public static IReadOnlyList<SoakStep> For(int seed, int slot, int round, int calls)
    {
        var random = new Random(seed + 1000 * round + slot);
        var total = SoakCalls.All.Sum(c => c.Weight);
        var steps = new List<SoakStep>(calls);
        for (var index = 0; index < calls; index++)
        {
            var draw = random.Next(total);
            var call = SoakCalls.All.First(c => (draw -= c.Weight) < 0);
            steps.Add(new SoakStep(slot, round, index, call, Target(call, slot, round, index)));
        }
        return steps;
    }

    /// <summary>The AOM workflow, CDM job and OMS task this runspace reads (and whose trigger it flips).</summary>
    public static string Own(int slot) => "soak-" + slot + "-own";

    /// <summary>Get-KafkaBackgroundTask's -First: a query of this runspace's own, and one page, so a failure cannot follow written output.</summary>
    public static int KafkaFirst(int slot) => 3 + slot;

    private static string Target(SoakCall call, int slot, int round, int index) => call.Command switch
    {
        "Get-KafkaBackgroundTask" => KafkaFirst(slot).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ when call.Start is not null => "soak-" + round + "-" + slot + "-" + index,
        _ => Own(slot),
    };
}
