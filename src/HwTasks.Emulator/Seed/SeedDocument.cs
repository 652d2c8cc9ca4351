namespace HwTasks.Emulator.Seed;

/// <summary>
/// A whole emulator state. The top-level service sections seed every project of every account;
/// <see cref="Projects"/> replaces them for the named project ids.
/// </summary>
public sealed class SeedDocument : ProjectSeed
{
    /// <summary>The JSON property of <see cref="Projects"/>; no service may take it as its section.</summary>
    public const string ProjectsSection = "projects";

    public Dictionary<string, ProjectSeed>? Projects { get; set; }

    public ProjectSeed ForProject(string projectId) =>
        Projects is not null && Projects.TryGetValue(projectId, out var specific) ? specific : this;
}
