using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.DataArts;

/// <summary>DataArts Studio's catalog: metadata collection tasks of workspaces, run now or on a cron schedule.</summary>
internal sealed class DataArtsService : EmulatedService<DataArtsStore, DataArtsSeed>
{
    public override string SeedSection => "dataArts";

    protected override DataArtsStore CreateStore(EmulatorClock clock, DataArtsSeed? seed) => new(clock, seed);

    protected override void MapRoutes(ServiceRoutes<DataArtsStore> routes) => DataArtsRoutes.Map(routes);
}
