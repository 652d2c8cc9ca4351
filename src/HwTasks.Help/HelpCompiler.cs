using System.Text;
using HwTasks.Help.Checks;
using HwTasks.Help.Docs;
using HwTasks.Help.Maml;
using HwTasks.Help.Metadata;

namespace HwTasks.Help;

/// <summary>
/// Loads a module's cmdlet docs (docs/cmdlets/*.md for HwTasks) and its about topic
/// (docs/about_&lt;module name, dots as underscores&gt;.md: about_HwTasks, about_HwTasks_Testing), checks
/// them against the module's cmdlets, and writes the MAML and the about topic only when every check
/// passes, so stale help is never shipped.
/// </summary>
public sealed class HelpCompiler
{
    private readonly string _docsDirectory;

    /// <param name="cmdletsDirectory">The module's cmdlet docs; docs/cmdlets by default.</param>
    public HelpCompiler(string docsDirectory, string? cmdletsDirectory = null)
    {
        _docsDirectory = Path.GetFullPath(docsDirectory);
        CmdletsDirectory = Path.GetFullPath(cmdletsDirectory ?? Path.Combine(_docsDirectory, "cmdlets"));
    }

    private string CmdletsDirectory { get; }

    /// <summary>A module's about topic is named after it, so modules documented in one docs folder keep their own.</summary>
    public static string AboutTopicOf(string moduleName) => "about_" + moduleName.Replace('.', '_');

    /// <returns>The problems found; empty when the help was written.</returns>
    public IReadOnlyList<HelpProblem> Compile(ModuleReader.ModuleCommands module)
    {
        var docs = LoadCmdletDocs();
        var problems = DocChecker.Check(module.Commands, docs, CmdletsDirectory);
        var abouts = LoadAboutTopic(AboutTopicOf(module.Name), problems);
        if (problems.Count > 0) return problems;

        Directory.CreateDirectory(module.HelpDirectory);
        var maml = MamlWriter.Document(module.Commands.Select(c => (c, docs[c.Name])));
        WriteIfChanged(Path.Combine(module.HelpDirectory, module.HelpFileName), maml.Declaration + "\n" + maml.Root);
        foreach (var (name, text) in abouts) WriteIfChanged(Path.Combine(module.HelpDirectory, name + ".help.txt"), text);
        return problems;
    }

    /// <summary>Every docs/cmdlets/*.md except includes (_*.md) and README.md, by file name.</summary>
    public Dictionary<string, CmdletDoc> LoadCmdletDocs()
    {
        var includes = IncludeExpander.ForDirectory(CmdletsDirectory);
        var docs = new Dictionary<string, CmdletDoc>(StringComparer.Ordinal);
        if (!Directory.Exists(CmdletsDirectory)) return docs;
        foreach (var path in Directory.GetFiles(CmdletsDirectory, "*.md").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.StartsWith('_') || name.Equals("README", StringComparison.OrdinalIgnoreCase)) continue;
            docs[name] = CmdletDocParser.Parse(path, File.ReadAllLines(path), includes);
        }
        return docs;
    }

    private List<(string Name, string Text)> LoadAboutTopic(string name, List<HelpProblem> problems)
    {
        var path = Path.Combine(_docsDirectory, name + ".md");
        if (!File.Exists(path))
        {
            problems.Add(new HelpProblem(path, name + " is missing: every module has an about topic named after it."));
            return new List<(string, string)>();
        }
        var outline = MarkdownOutline.Parse(File.ReadAllLines(path));
        problems.AddRange(AboutTopicRenderer.Problems(outline, name).Select(m => new HelpProblem(path, name + ": " + m)));
        return new List<(string, string)> { (name, AboutTopicRenderer.Render(outline)) };
    }

    // Unchanged help keeps its timestamp, so the build's up-to-date check stays quiet.
    private static void WriteIfChanged(string path, string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text.Replace("\r\n", "\n"));
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return;
        }
        File.WriteAllBytes(path, bytes);
    }
}
