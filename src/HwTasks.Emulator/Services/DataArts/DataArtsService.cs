namespace HwTasks.Emulator.Services.DataArts;

/// <summary>DataArts Studio's catalog: metadata collection tasks of workspaces, run now or on a cron schedule.</summary>
internal sealed class DataArtsService() : EmulatedService<DataArtsStore, DataArtsSeed>("dataArts", (clock, seed) => new(clock, seed), DataArtsRoutes.Map);
