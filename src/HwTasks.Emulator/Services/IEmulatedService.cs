using System.Text.Json;
using HwTasks.Emulator.Routing;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services;

/// <summary>
/// One emulated cloud service, everything about it in its own folder: the routes it answers, the
/// store that holds one project's resources, and its section of the seed document. Implement it
/// through <see cref="EmulatedService{TStore, TSeed}"/>; <see cref="ServiceCatalog"/> finds it.
/// </summary>
internal interface IEmulatedService
{
    /// <summary>The service's property in the seed document and in each of its project sections, e.g. "cdm".</summary>
    string SeedSection { get; }

    Type SeedType { get; }

    Type StoreType { get; }

    /// <summary>A project's store, from the project's section of the seed (null: no resources).</summary>
    object CreateStore(EmulatorClock clock, object? seed);

    /// <summary>What a fresh emulator holds: default-seed.json in the service's folder, or null without one.</summary>
    object? ReadDefaultSeed(JsonSerializerOptions options);

    void MapRoutes(Router router, IProjectStores stores);
}
