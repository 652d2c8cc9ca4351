using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.Oms;

/// <summary>Object Storage Migration Service: sync tasks that copy buckets from other clouds.</summary>
internal sealed class OmsService : EmulatedService<OmsStore, OmsSeed>
{
    public override string SeedSection => "oms";

    protected override OmsStore CreateStore(EmulatorClock clock, OmsSeed? seed) => new(clock, seed);

    protected override void MapRoutes(ServiceRoutes<OmsStore> routes) => OmsRoutes.Map(routes);
}
