namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// A place where the emulator knowingly answers other than the SDK model: at <paramref name="Path"/>
/// (fields joined by '.', "[]" for any array item) it sends <paramref name="Sent"/>, which may be a
/// field the model does not have. <paramref name="Why"/> is the reason docs/EMULATOR.md gives.
/// </summary>
internal sealed record SdkDeviation(string Path, SdkType Sent, string Why);
