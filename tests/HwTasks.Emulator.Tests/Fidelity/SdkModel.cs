namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>A model class of an SDK: its fields by their name on the wire (attribute_map), with their types.</summary>
internal sealed record SdkModel(string Name, IReadOnlyDictionary<string, SdkType> Fields) : SdkType
{
    public override string ToString() => Name;
}
