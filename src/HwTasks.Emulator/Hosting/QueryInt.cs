using System.Globalization;
using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Hosting;

/// <summary>Optional integer query parameters with a default and an allowed range.</summary>
internal static class QueryInt
{
    /// <returns>False when the parameter is present but not an integer in [min, max].</returns>
    public static bool TryRead(HttpRequest request, string name, int fallback, int min, int max, out int value)
    {
        value = fallback;
        var text = request.Query[name];
        if (text.Length == 0) return true;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}
