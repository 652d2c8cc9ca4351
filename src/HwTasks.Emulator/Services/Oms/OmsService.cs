namespace HwTasks.Emulator.Services.Oms;

/// <summary>Object Storage Migration Service: sync tasks that copy buckets from other clouds.</summary>
internal sealed class OmsService() : EmulatedService<OmsStore, OmsSeed>("oms", (clock, seed) => new(clock, seed), OmsRoutes.Map);
