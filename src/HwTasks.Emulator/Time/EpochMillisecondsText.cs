using System.Globalization;

namespace HwTasks.Emulator.Time;

/// <summary>
/// A time as epoch milliseconds written in a JSON string ("1718000000000"): how the emulator sends a
/// time whose SDK model field is a string (DataArts) or whose API sample shows one (CDM StartJob),
/// so that clients are held to reading numbers that arrive as text.
/// </summary>
internal static class EpochMillisecondsText
{
    public static string Of(DateTimeOffset time) => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    public static string? Of(DateTimeOffset? time) => time is { } value ? Of(value) : null;
}
