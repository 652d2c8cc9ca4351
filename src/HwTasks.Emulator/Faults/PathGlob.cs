namespace HwTasks.Emulator.Faults;

/// <summary>Path patterns for faults: <c>*</c> is exactly one segment, <c>**</c> any number of segments (even none).</summary>
public static class PathGlob
{
    public static bool IsMatch(string pattern, string path) =>
        Match(Split(pattern), 0, Split(path), 0);

    private static string[] Split(string text) => text.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static bool Match(string[] pattern, int p, string[] path, int s)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == "**")
            {
                // Try every possible length for the "**" run, shortest first.
                for (var skip = s; skip <= path.Length; skip++)
                    if (Match(pattern, p + 1, path, skip)) return true;
                return false;
            }
            if (s >= path.Length) return false;
            if (pattern[p] != "*" && !string.Equals(pattern[p], path[s], StringComparison.Ordinal)) return false;
            p++;
            s++;
        }
        return s == path.Length;
    }
}
