namespace HwTasks.Emulator.Services.Aom;

/// <summary>Application Operations Management: automation workflows and their timed or event triggers.</summary>
internal sealed class AomService() : EmulatedService<AomStore, AomSeed>("aom", (clock, seed) => new(clock, seed), AomRoutes.Map);
