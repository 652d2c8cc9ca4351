using System.Text;

namespace HwTasks.Help.Docs;

/// <summary>
/// Turns docs/about_*.md into the plain-text about topic format: ## headings in capitals at the
/// margin, ### headings and prose indented four spaces and wrapped at 80 columns, code indented eight.
/// </summary>
public static class AboutTopicRenderer
{
    public const int Width = 80;
    private const string Indent = "    ";

    public static string Render(MarkdownOutline outline)
    {
        var text = new StringBuilder();
        text.Append("TOPIC\n").Append(Indent).Append(outline.Title).Append('\n');
        foreach (var section in outline.Sections)
        {
            text.Append('\n').Append(section.Heading.ToUpperInvariant()).Append('\n');
            AppendBody(text, section.Text);
            foreach (var sub in section.Subsections)
            {
                text.Append('\n').Append(Indent).Append(sub.Heading).Append('\n');
                AppendBody(text, sub.Text);
            }
        }
        return text.ToString();
    }

    /// <summary>What an about topic must have: its title and a short and a long description.</summary>
    public static IEnumerable<string> Problems(MarkdownOutline outline, string expectedTitle)
    {
        if (outline.Title != expectedTitle) yield return "the title must be '# " + expectedTitle + "'.";
        foreach (var required in new[] { "SHORT DESCRIPTION", "LONG DESCRIPTION" })
        {
            var section = outline.Section(required);
            if (section is null || (section.Text.Length == 0 && section.Subsections.Count == 0)) yield return "## " + required + " is missing or empty.";
        }
    }

    private static void AppendBody(StringBuilder text, string body)
    {
        var first = true;
        foreach (var paragraph in Blocks(body))
        {
            if (!first) text.Append('\n');
            first = false;
            if (paragraph.IsCode)
            {
                foreach (var line in paragraph.Text.Split('\n')) text.Append(Indent).Append(Indent).Append(line).Append('\n');
                continue;
            }
            foreach (var item in paragraph.Text.Split('\n'))
            {
                var hanging = TextBlocks.IsListItem(item) ? Indent + new string(' ', item.IndexOf(' ') + 1) : Indent;
                Wrap(text, item, Indent, hanging);
            }
        }
    }

    private static IEnumerable<(string Text, bool IsCode)> Blocks(string body)
    {
        var code = new List<string>();
        var prose = new List<string>();
        var inFence = false;
        foreach (var line in body.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                if (inFence) yield return (string.Join("\n", code), true);
                else if (prose.Count > 0) foreach (var p in TextBlocks.Paragraphs(string.Join("\n", prose))) yield return (p, false);
                code.Clear();
                prose.Clear();
                inFence = !inFence;
                continue;
            }
            (inFence ? code : prose).Add(line);
        }
        foreach (var p in TextBlocks.Paragraphs(string.Join("\n", prose))) yield return (p, false);
    }

    private static void Wrap(StringBuilder text, string paragraph, string firstIndent, string nextIndent)
    {
        var line = new StringBuilder(firstIndent);
        var empty = true;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                text.Append(line).Append('\n');
                line.Clear().Append(nextIndent);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        text.Append(line).Append('\n');
    }
}
