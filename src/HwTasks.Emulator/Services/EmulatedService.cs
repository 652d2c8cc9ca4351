using System.Text.Json;
using HwTasks.Emulator.Routing;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services;

/// <summary>
/// The typed way to write an <see cref="IEmulatedService"/>: its seed section's name, how a
/// project's store is made from that section, and its routes. A service is then one line:
/// <c>internal sealed class CdmService() : EmulatedService&lt;CdmStore, CdmSeed&gt;("cdm", (clock, seed) =&gt; new(clock, seed), CdmRoutes.Map);</c>
/// </summary>
internal abstract class EmulatedService<TStore, TSeed>(
    string seedSection,
    Func<EmulatorClock, TSeed?, TStore> createStore,
    Action<ServiceRoutes<TStore>> mapRoutes) : IEmulatedService
    where TStore : class
    where TSeed : class
{
    public string SeedSection => seedSection;

    public Type SeedType => typeof(TSeed);

    public Type StoreType => typeof(TStore);

    public object CreateStore(EmulatorClock clock, object? seed) => createStore(clock, (TSeed?)seed);

    public void MapRoutes(Router router, IProjectStores stores) => mapRoutes(new ServiceRoutes<TStore>(router, stores, seedSection));

    public object? ReadDefaultSeed(JsonSerializerOptions options)
    {
        // Embedded by the project from Services/<Service>/default-seed.json, named after the folder's namespace.
        using var stream = GetType().Assembly.GetManifestResourceStream(GetType().Namespace + ".default-seed.json");
        return stream is null ? null : JsonSerializer.Deserialize<TSeed>(stream, options);
    }
}
