namespace HwTasks.Help.Docs;

/// <summary>
/// A markdown file cut at its headings: the # title, ## sections and ### subsections, each with the
/// lines under it. Headings inside ``` fences are text, so examples may contain comments like "# x".
/// </summary>
public sealed class MarkdownOutline
{
    public string? Title { get; private set; }
    public List<OutlineSection> Sections { get; } = new();

    public OutlineSection? Section(string heading) =>
        Sections.FirstOrDefault(s => string.Equals(s.Heading, heading, StringComparison.OrdinalIgnoreCase));

    public static MarkdownOutline Parse(IEnumerable<string> lines)
    {
        var outline = new MarkdownOutline();
        OutlineSection? section = null;
        OutlineBlock? current = null;
        var inFence = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (!inFence && line.StartsWith("### ", StringComparison.Ordinal) && section is not null)
            {
                current = new OutlineBlock(line[4..].Trim());
                section.Subsections.Add(current);
            }
            else if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = new OutlineSection(line[3..].Trim());
                outline.Sections.Add(section);
                current = section;
            }
            else if (!inFence && line.StartsWith("# ", StringComparison.Ordinal) && outline.Title is null)
            {
                outline.Title = line[2..].Trim();
            }
            else
            {
                current?.Lines.Add(line);
            }
        }
        return outline;
    }
}

/// <summary>A heading and the lines under it, up to the next heading.</summary>
public class OutlineBlock
{
    public OutlineBlock(string heading) => Heading = heading;

    public string Heading { get; }
    public List<string> Lines { get; } = new();

    public string Text => string.Join("\n", Lines).Trim();
}

/// <summary>A ## section: its own lines (before any ###) and its ### subsections.</summary>
public sealed class OutlineSection : OutlineBlock
{
    public OutlineSection(string heading) : base(heading) { }

    public List<OutlineBlock> Subsections { get; } = new();
}
