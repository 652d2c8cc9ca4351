namespace HwTasks.Help.Docs;

/// <summary>The hand-written half of a cmdlet's help: prose only, never types or parameter sets.</summary>
/// <param name="name">The # title, which must be the cmdlet name.</param>
/// <param name="source">The file it came from, for messages.</param>
public sealed class CmdletDoc(string name, string source)
{
    public string Name { get; } = name;
    public string Source { get; } = source;
    public string Synopsis { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public List<DocExample> Examples { get; } = new();
    /// <summary>Parameter name (without '-') to description, in the order the doc gives them.</summary>
    public List<KeyValuePair<string, string>> Parameters { get; } = new();
    public TypedSection Inputs { get; set; } = new(string.Empty, new List<KeyValuePair<string, string>>());
    public TypedSection Outputs { get; set; } = new(string.Empty, new List<KeyValuePair<string, string>>());
    public string Notes { get; set; } = string.Empty;
    public List<DocLink> RelatedLinks { get; } = new();
    /// <summary>What the file gets wrong regardless of the cmdlet (unknown sections, examples without code).</summary>
    public List<string> Problems { get; } = new();

    public string? ParameterText(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

public sealed record DocExample(int Number, string Title, string Code, string Remarks);

public sealed record DocLink(string Text, string? Uri);

/// <summary>INPUTS or OUTPUTS: lead prose, and optional ### TypeName subsections describing one type each.</summary>
public sealed record TypedSection(string Lead, IReadOnlyList<KeyValuePair<string, string>> Types)
{
    /// <summary>The text for a type named in full or by its short name; the lead prose when no subsection names it.</summary>
    public string TextFor(string fullTypeName)
    {
        foreach (var (name, text) in Types)
        {
            if (Names(name, fullTypeName)) return text;
        }
        return Lead;
    }

    /// <summary>True when a ### heading names the type, in full or by its short name.</summary>
    public static bool Names(string heading, string fullTypeName) =>
        string.Equals(heading, fullTypeName, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(heading, fullTypeName[(fullTypeName.LastIndexOf('.') + 1)..], StringComparison.OrdinalIgnoreCase);
}
