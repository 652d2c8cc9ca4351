namespace HwTasks.Emulator.Seed;

/// <summary>
/// The resources of one project: one section per emulated service, each of the service's own seed
/// type (its SeedSection names it). Times are relative to the emulator clock at seeding
/// ("hoursAgo"), so a seed stays realistic whenever it is loaded.
/// </summary>
public class ProjectSeed
{
    private readonly Dictionary<string, object?> _sections = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The section of a service ("cdm"), or null when the seed has none.</summary>
    public object? Section(string name) => _sections.GetValueOrDefault(name);

    public void SetSection(string name, object? section) => _sections[name] = section;
}
