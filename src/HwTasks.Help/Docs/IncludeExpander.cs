using System.Text.RegularExpressions;

namespace HwTasks.Help.Docs;

/// <summary>
/// Replaces a line holding only {{Name}} with the lines of _Name.md from the docs folder, so text
/// shared by many cmdlets (the service parameters) is written once. Includes may nest; a cycle or
/// a missing file is reported, not expanded.
/// </summary>
public sealed class IncludeExpander
{
    private static readonly Regex Directive = new(@"^\s*\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}\s*$", RegexOptions.CultureInvariant);

    private readonly Func<string, string[]?> _readInclude;

    /// <param name="readInclude">Returns the lines of the include with that name, or null when there is none.</param>
    public IncludeExpander(Func<string, string[]?> readInclude) => _readInclude = readInclude;

    public static IncludeExpander ForDirectory(string directory) => new(name =>
    {
        var path = Path.Combine(directory, "_" + name + ".md");
        return File.Exists(path) ? File.ReadAllLines(path) : null;
    });

    public IReadOnlyList<string> Expand(IEnumerable<string> lines, ICollection<string> problems) =>
        Expand(lines, problems, new Stack<string>());

    private List<string> Expand(IEnumerable<string> lines, ICollection<string> problems, Stack<string> open)
    {
        var result = new List<string>();
        foreach (var line in lines)
        {
            var match = Directive.Match(line);
            if (!match.Success)
            {
                result.Add(line);
                continue;
            }
            var name = match.Groups[1].Value;
            if (open.Contains(name))
            {
                problems.Add("{{" + name + "}} includes itself (through " + string.Join(", ", open) + ").");
                continue;
            }
            var included = _readInclude(name);
            if (included is null)
            {
                problems.Add("{{" + name + "}} names no include file _" + name + ".md.");
                continue;
            }
            open.Push(name);
            result.AddRange(Expand(included, problems, open));
            open.Pop();
        }
        return result;
    }
}
