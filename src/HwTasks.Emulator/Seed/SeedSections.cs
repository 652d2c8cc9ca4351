using System.Text.Json.Serialization.Metadata;
using HwTasks.Emulator.Services;

namespace HwTasks.Emulator.Seed;

/// <summary>
/// Teaches the JSON serializer the sections of <see cref="ProjectSeed"/>: one property per emulated
/// service, of the service's seed type. As real properties they read exactly like the fixed ones
/// did (names without case, errors with their JSON path, unknown sections ignored).
/// </summary>
internal static class SeedSections
{
    public static void Add(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !typeof(ProjectSeed).IsAssignableFrom(info.Type)) return;
        foreach (var service in ServiceCatalog.Services)
        {
            var name = service.SeedSection;
            if (string.Equals(name, SeedDocument.ProjectsSection, StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"{service.GetType().Name}: '{name}' is the per-project part of the seed document, not a section.");
            var property = info.CreateJsonPropertyInfo(service.SeedType, name);
            property.Get = seed => ((ProjectSeed)seed).Section(name);
            property.Set = (seed, section) => ((ProjectSeed)seed).SetSection(name, section);
            info.Properties.Add(property);
        }
    }
}
