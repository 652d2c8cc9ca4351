using System.Text.RegularExpressions;

namespace HwTasks.Help.Docs;

/// <summary>Reads docs/cmdlets/&lt;Verb-Noun&gt;.md (format: docs/cmdlets/README.md) into a <see cref="CmdletDoc"/>.</summary>
public static class CmdletDocParser
{
    public static readonly string[] KnownSections =
        { "SYNOPSIS", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS" };

    private static readonly Regex ExampleHeading = new(@"^Example\s+(\d+)\s*:\s*(.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex MarkdownLink = new(@"^\[(.+?)\]\((.*?)\)$", RegexOptions.CultureInvariant);

    public static CmdletDoc Parse(string source, IEnumerable<string> lines, IncludeExpander includes)
    {
        var problems = new List<string>();
        var outline = MarkdownOutline.Parse(includes.Expand(lines, problems));
        var doc = new CmdletDoc(outline.Title ?? string.Empty, source);
        doc.Problems.AddRange(problems);
        foreach (var section in outline.Sections)
        {
            if (!KnownSections.Contains(section.Heading, StringComparer.OrdinalIgnoreCase))
                doc.Problems.Add("unknown section '## " + section.Heading + "'; the sections are " + string.Join(", ", KnownSections) + ".");
        }

        doc.Synopsis = outline.Section("SYNOPSIS")?.Text ?? string.Empty;
        doc.Description = outline.Section("DESCRIPTION")?.Text ?? string.Empty;
        doc.Notes = outline.Section("NOTES")?.Text ?? string.Empty;
        ReadExamples(outline.Section("EXAMPLES"), doc);
        ReadParameters(outline.Section("PARAMETERS"), doc);
        doc.Inputs = ReadTyped(outline.Section("INPUTS"));
        doc.Outputs = ReadTyped(outline.Section("OUTPUTS"));
        ReadLinks(outline.Section("RELATED LINKS"), doc);
        return doc;
    }

    private static void ReadExamples(OutlineSection? section, CmdletDoc doc)
    {
        foreach (var block in section?.Subsections ?? new List<OutlineBlock>())
        {
            var heading = ExampleHeading.Match(block.Heading);
            if (!heading.Success)
            {
                doc.Problems.Add("example heading '### " + block.Heading + "' must read '### Example N: title'.");
                continue;
            }
            var (code, remarks) = SplitCode(block.Lines);
            var number = int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (code.Length == 0) doc.Problems.Add("Example " + number + " has no ```powershell code block.");
            doc.Examples.Add(new DocExample(number, heading.Groups[2].Value.Trim(), code, remarks));
        }
    }

    // The first fenced block is the example's code; everything else is its remarks.
    private static (string Code, string Remarks) SplitCode(IEnumerable<string> lines)
    {
        var code = new List<string>();
        var remarks = new List<string>();
        var state = 0; // 0 before the fence, 1 inside it, 2 after it
        foreach (var line in lines)
        {
            if (state < 2 && line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                state++;
                continue;
            }
            (state == 1 ? code : remarks).Add(line);
        }
        return (string.Join("\n", code).Trim('\n'), string.Join("\n", remarks).Trim());
    }

    private static void ReadParameters(OutlineSection? section, CmdletDoc doc)
    {
        foreach (var block in section?.Subsections ?? new List<OutlineBlock>())
        {
            if (!block.Heading.StartsWith("-", StringComparison.Ordinal) || block.Heading.Length < 2)
            {
                doc.Problems.Add("parameter heading '### " + block.Heading + "' must read '### -Name'.");
                continue;
            }
            var name = block.Heading[1..].Trim();
            if (doc.ParameterText(name) is not null)
            {
                doc.Problems.Add("parameter -" + name + " is documented twice (is it also in an include?).");
                continue;
            }
            doc.Parameters.Add(new KeyValuePair<string, string>(name, block.Text));
        }
    }

    private static TypedSection ReadTyped(OutlineSection? section) =>
        section is null
            ? new TypedSection(string.Empty, new List<KeyValuePair<string, string>>())
            : new TypedSection(section.Text, section.Subsections.Select(s => new KeyValuePair<string, string>(s.Heading, s.Text)).ToList());

    // One link per line: "- [text](uri)", "[text](uri)" or plain text such as "- Connect-HwCloud".
    private static void ReadLinks(OutlineSection? section, CmdletDoc doc)
    {
        foreach (var raw in section?.Lines ?? new List<string>())
        {
            var line = raw.Trim().TrimStart('-', '*').Trim();
            if (line.Length == 0) continue;
            var link = MarkdownLink.Match(line);
            doc.RelatedLinks.Add(link.Success
                ? new DocLink(link.Groups[1].Value, link.Groups[2].Value.Length == 0 ? null : link.Groups[2].Value)
                : new DocLink(line, null));
        }
    }
}
