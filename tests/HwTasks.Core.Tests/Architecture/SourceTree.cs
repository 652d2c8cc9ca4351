using System.Text.RegularExpressions;

namespace HwTasks.Core.Tests.Architecture;

/// <summary>
/// The C# files of one project read as text (comments and string literals removed): their
/// namespaces, the types each namespace declares, and which other namespaces each file uses — by a
/// using directive, a qualified name, or a type of an enclosing namespace it sees implicitly.
/// </summary>
public sealed class SourceTree
{
    private static readonly Regex Comments = new(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline);
    private static readonly Regex Strings = new(@"@?""(?:\\.|[^""\\])*""");
    private static readonly Regex Namespace = new(@"^namespace ([\w.]+)", RegexOptions.Multiline);
    private static readonly Regex Declaration = new(@"\b(?:class|enum|interface|struct|record)\s+(\w+)");
    private static readonly Regex Using = new(@"^\s*using (HwTasks[\w.]*);", RegexOptions.Multiline);
    private static readonly Regex Word = new(@"\b[A-Z]\w*\b");

    public sealed record SourceFile(string Path, string Namespace, string Code);

    public SourceTree(string projectDirectory)
    {
        Directory = projectDirectory;
        Files = System.IO.Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains(System.IO.Path.DirectorySeparatorChar + "obj" + System.IO.Path.DirectorySeparatorChar) &&
                        !p.Contains(System.IO.Path.DirectorySeparatorChar + "bin" + System.IO.Path.DirectorySeparatorChar))
            .Select(p =>
            {
                var code = Strings.Replace(Comments.Replace(File.ReadAllText(p), string.Empty), "\"\"");
                var ns = Namespace.Match(code);
                return ns.Success ? new SourceFile(p, ns.Groups[1].Value, code) : null;
            })
            .OfType<SourceFile>()
            .ToList();
        TypesOf = Files.GroupBy(f => f.Namespace)
            .ToDictionary(g => g.Key, g => g.SelectMany(f => Declaration.Matches(f.Code).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal));
    }

    public string Directory { get; }
    public IReadOnlyList<SourceFile> Files { get; }
    public IReadOnlyDictionary<string, HashSet<string>> TypesOf { get; }

    /// <summary>The other namespaces of this project whose types the file uses.</summary>
    public IEnumerable<string> UsedNamespaces(SourceFile file)
    {
        var usings = Using.Matches(file.Code).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var body = Regex.Replace(file.Code, @"^\s*using [^;]+;", string.Empty, RegexOptions.Multiline);
        var words = Word.Matches(body).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (other, types) in TypesOf)
        {
            if (other == file.Namespace) continue;
            var visible = usings.Contains(other) || file.Namespace.StartsWith(other + ".", StringComparison.Ordinal);
            var last = other.Split('.')[^1];
            var qualified = types.Any(t => Regex.IsMatch(body, @"\b" + Regex.Escape(last) + @"\." + Regex.Escape(t) + @"\b"));
            if ((visible && types.Overlaps(words)) || qualified) yield return other;
        }
    }

    public string Relative(SourceFile file) => System.IO.Path.GetRelativePath(Directory, file.Path).Replace('\\', '/');
}
