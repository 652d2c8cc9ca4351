using System.Text.Json;
using HwTasks.Emulator.Routing;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services;

/// <summary>The typed way to write an <see cref="IEmulatedService"/>: a store type, a seed section type, routes.</summary>
internal abstract class EmulatedService<TStore, TSeed> : IEmulatedService
    where TStore : class
    where TSeed : class
{
    public abstract string SeedSection { get; }

    public Type SeedType => typeof(TSeed);

    public Type StoreType => typeof(TStore);

    protected abstract TStore CreateStore(EmulatorClock clock, TSeed? seed);

    protected abstract void MapRoutes(ServiceRoutes<TStore> routes);

    object IEmulatedService.CreateStore(EmulatorClock clock, object? seed) => CreateStore(clock, (TSeed?)seed);

    void IEmulatedService.MapRoutes(Router router, IProjectStores stores) => MapRoutes(new ServiceRoutes<TStore>(router, stores));

    public object? ReadDefaultSeed(JsonSerializerOptions options)
    {
        // Embedded by the project from Services/<Service>/default-seed.json, named after the folder's namespace.
        using var stream = GetType().Assembly.GetManifestResourceStream(GetType().Namespace + ".default-seed.json");
        return stream is null ? null : JsonSerializer.Deserialize<TSeed>(stream, options);
    }
}
