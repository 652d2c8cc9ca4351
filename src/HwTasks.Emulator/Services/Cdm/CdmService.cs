using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.Cdm;

/// <summary>Cloud Data Migration: jobs of clusters, started, stopped and watched.</summary>
internal sealed class CdmService : EmulatedService<CdmStore, CdmSeed>
{
    public override string SeedSection => "cdm";

    protected override CdmStore CreateStore(EmulatorClock clock, CdmSeed? seed) => new(clock, seed);

    protected override void MapRoutes(ServiceRoutes<CdmStore> routes) => CdmRoutes.Map(routes);
}
