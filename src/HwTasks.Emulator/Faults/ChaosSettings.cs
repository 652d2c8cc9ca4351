namespace HwTasks.Emulator.Faults;

/// <summary>
/// How often random faults strike: each rate is the chance that one request meets that fault.
/// <see cref="AfterProcessing"/> faults let the service act first, then answer 503 or drop the
/// connection, so the client cannot tell whether its call took effect.
/// </summary>
public sealed record ChaosSettings(int Seed, double Status503, double Drop, double AfterProcessing)
{
    /// <summary>Null when the rates are usable; otherwise why not.</summary>
    public string? Problem()
    {
        foreach (var (name, rate) in new[] { ("status503", Status503), ("drop", Drop), ("afterProcessing", AfterProcessing) })
            if (!(rate >= 0 && rate <= 1)) return name + " must be a rate from 0 to 1.";
        return Status503 + Drop + AfterProcessing > 1 ? "The rates must add up to at most 1." : null;
    }
}
