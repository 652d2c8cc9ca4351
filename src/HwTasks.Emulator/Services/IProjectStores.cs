namespace HwTasks.Emulator.Services;

/// <summary>Where a route finds its service's store for the project it names (the emulator state, built from the services).</summary>
internal interface IProjectStores
{
    TStore StoreOf<TStore>(string projectId) where TStore : class;
}
