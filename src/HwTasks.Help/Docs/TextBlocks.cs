namespace HwTasks.Help.Docs;

/// <summary>
/// Cuts markdown prose into paragraphs at blank lines. Ordinary lines of a paragraph are joined
/// (help wraps them itself); lists and fenced code keep their line breaks.
/// </summary>
public static class TextBlocks
{
    public static List<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        var inFence = false;
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                Flush(current, paragraphs, keepLines: inFence);
                inFence = !inFence;
                continue;
            }
            if (!inFence && line.Trim().Length == 0)
            {
                Flush(current, paragraphs, keepLines: false);
                continue;
            }
            current.Add(inFence ? line : line.Trim());
        }
        Flush(current, paragraphs, keepLines: inFence);
        return paragraphs;
    }

    public static bool IsListItem(string line) =>
        line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) ||
        (line.Length > 2 && char.IsDigit(line[0]) && line.IndexOf(". ", StringComparison.Ordinal) is > 0 and < 4);

    private static void Flush(List<string> lines, List<string> paragraphs, bool keepLines)
    {
        if (lines.Count == 0) return;
        paragraphs.Add(keepLines ? string.Join("\n", lines) : JoinProse(lines));
        lines.Clear();
    }

    // A list item continues on lines that are not items themselves.
    private static string JoinProse(List<string> lines)
    {
        var items = new List<string>();
        foreach (var line in lines)
        {
            if (items.Count == 0 || IsListItem(line)) items.Add(line);
            else items[^1] += " " + line;
        }
        return string.Join("\n", items);
    }
}
