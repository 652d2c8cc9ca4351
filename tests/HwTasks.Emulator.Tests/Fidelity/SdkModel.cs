namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>A model class of an SDK: its fields by their name on the wire (attribute_map), with their types.</summary>
internal sealed record SdkModel(string Name, IReadOnlyDictionary<string, SdkType> Fields) : SdkType
{
    /// <summary>This model's fields and <paramref name="more"/>: for two SDK classes that share most of theirs.</summary>
    public SdkModel With(IReadOnlyDictionary<string, SdkType> more) =>
        this with { Fields = Fields.Concat(more).ToDictionary(field => field.Key, field => field.Value, StringComparer.Ordinal) };

    public override string ToString() => Name;
}
