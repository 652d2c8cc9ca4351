using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HwTasks.Emulator.Services;

namespace HwTasks.Emulator.Seed;

/// <summary>Parses seed documents; the default seed (each service's default-seed.json) is what a fresh emulator holds.</summary>
public static class SeedLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SeedSections.Add } },
    };

    public static SeedDocument Parse(string json) =>
        JsonSerializer.Deserialize<SeedDocument>(json, Options) ?? throw new JsonException("The seed document is empty.");

    public static SeedDocument FromFile(string path) => Parse(File.ReadAllText(path));

    public static SeedDocument Default()
    {
        var seed = new SeedDocument();
        foreach (var service in ServiceCatalog.Services) seed.SetSection(service.SeedSection, service.ReadDefaultSeed(Options));
        return seed;
    }
}
