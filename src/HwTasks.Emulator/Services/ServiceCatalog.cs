namespace HwTasks.Emulator.Services;

/// <summary>
/// Every <see cref="IEmulatedService"/> in this assembly, found by reflection: adding a service is
/// adding its folder, with no list to edit. Sorted by seed section, so the order never depends on
/// how the compiler laid out the types.
/// </summary>
internal static class ServiceCatalog
{
    private static readonly Lazy<IReadOnlyList<IEmulatedService>> Discovered = new(Discover);

    public static IReadOnlyList<IEmulatedService> Services => Discovered.Value;

    private static IReadOnlyList<IEmulatedService> Discover()
    {
        var services = typeof(IEmulatedService).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEmulatedService).IsAssignableFrom(t))
            .Select(t => (IEmulatedService)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(s => s.SeedSection, StringComparer.Ordinal)
            .ToList();
        var clash = services.GroupBy(s => s.SeedSection, StringComparer.OrdinalIgnoreCase).Cast<IEnumerable<IEmulatedService>>()
            .Concat(services.GroupBy(s => s.StoreType))
            .FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InvalidOperationException("Emulated services share a seed section or a store type: " + string.Join(", ", clash.Select(s => s.GetType().Name)));
        return services;
    }
}
