namespace HwTasks.Emulator.Services.Cdm;

/// <summary>Cloud Data Migration: jobs of clusters, started, stopped and watched.</summary>
internal sealed class CdmService() : EmulatedService<CdmStore, CdmSeed>("cdm", (clock, seed) => new(clock, seed), CdmRoutes.Map);
