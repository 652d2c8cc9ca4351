using System.Collections.Concurrent;
using HwTasks.Emulator.Auth;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Services;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.State;

/// <summary>
/// All service state, per project. Reseeding builds a complete new generation and swaps it in
/// with one reference assignment, so a request sees either the old state or the new, never a mix.
/// </summary>
public sealed class EmulatorState : IProjectStores
{
    private readonly EmulatorClock _clock;
    private readonly AccountDirectory _accounts;
    private ConcurrentDictionary<string, ProjectState> _projects = new(StringComparer.Ordinal);

    internal EmulatorState(EmulatorClock clock, AccountDirectory accounts, SeedDocument seed)
    {
        _clock = clock;
        _accounts = accounts;
        Load(seed);
    }

    public void Load(SeedDocument seed)
    {
        var next = new ConcurrentDictionary<string, ProjectState>(StringComparer.Ordinal);
        foreach (var project in _accounts.AllProjects)
            next[project.Id] = new ProjectState(_clock, seed.ForProject(project.Id));
        Volatile.Write(ref _projects, next);
    }

    /// <summary>The gateway only lets through project ids of known accounts; anything else gets an empty project.</summary>
    internal ProjectState Project(string projectId) =>
        Volatile.Read(ref _projects).GetOrAdd(projectId, _ => new ProjectState(_clock, new ProjectSeed()));

    TStore IProjectStores.StoreOf<TStore>(string projectId) => Project(projectId).Store<TStore>();
}
