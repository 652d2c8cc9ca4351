using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.Aom;

/// <summary>Application Operations Management: automation workflows and their timed or event triggers.</summary>
internal sealed class AomService : EmulatedService<AomStore, AomSeed>
{
    public override string SeedSection => "aom";

    protected override AomStore CreateStore(EmulatorClock clock, AomSeed? seed) => new(clock, seed);

    protected override void MapRoutes(ServiceRoutes<AomStore> routes) => AomRoutes.Map(routes);
}
