using System.Text.Json;

namespace HwTasks.Emulator.Seed;

/// <summary>Parses seed documents; the embedded default seed is what a fresh emulator holds.</summary>
public static class SeedLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static SeedDocument Parse(string json) =>
        JsonSerializer.Deserialize<SeedDocument>(json, Options) ?? throw new JsonException("The seed document is empty.");

    public static SeedDocument FromFile(string path) => Parse(File.ReadAllText(path));

    public static SeedDocument Default()
    {
        using var stream = typeof(SeedLoader).Assembly.GetManifestResourceStream("HwTasks.Emulator.default-seed.json")
            ?? throw new InvalidOperationException("The embedded default seed is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
