using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Services;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.State;

/// <summary>The resources of every emulated service in one project: one store per service; each store guards itself.</summary>
internal sealed class ProjectState
{
    private readonly Dictionary<Type, object> _stores = new();

    public ProjectState(EmulatorClock clock, ProjectSeed seed)
    {
        foreach (var service in ServiceCatalog.Services)
            _stores[service.StoreType] = service.CreateStore(clock, seed.Section(service.SeedSection));
    }

    public TStore Store<TStore>() where TStore : class => (TStore)_stores[typeof(TStore)];
}
