using HwTasks.Help.Docs;
using HwTasks.Help.Metadata;

namespace HwTasks.Help.Checks;

/// <summary>
/// The rules a cmdlet's help must meet before it ships: a doc per exported cmdlet, a synopsis and a
/// description, at least two examples, every parameter described and no parameter invented.
/// </summary>
public static class DocChecker
{
    public const int MinimumExamples = 2;

    /// <param name="docs">Docs by cmdlet name (file name without .md).</param>
    /// <param name="docsDirectory">Where a missing doc should be created, for the message.</param>
    public static List<HelpProblem> Check(IReadOnlyList<CommandShape> commands, IReadOnlyDictionary<string, CmdletDoc> docs, string docsDirectory)
    {
        var problems = new List<HelpProblem>();
        foreach (var command in commands)
        {
            if (docs.TryGetValue(command.Name, out var doc)) problems.AddRange(Check(command, doc));
            else problems.Add(new HelpProblem(Path.Combine(docsDirectory, command.Name + ".md"),
                command.Name + " is exported but has no doc file; create it (see README.md beside it)."));
        }
        foreach (var name in docs.Keys.Where(n => !commands.Any(c => c.Name == n)))
        {
            problems.Add(new HelpProblem(docs[name].Source, name + " is documented but the module exports no such cmdlet."));
        }
        return problems;
    }

    public static IEnumerable<HelpProblem> Check(CommandShape command, CmdletDoc doc)
    {
        var messages = new List<string>(doc.Problems);
        if (doc.Name != command.Name) messages.Add("the title must be '# " + command.Name + "', not '# " + doc.Name + "'.");
        if (doc.Synopsis.Length == 0) messages.Add("## SYNOPSIS is empty.");
        if (doc.Description.Length == 0) messages.Add("## DESCRIPTION is empty.");
        if (doc.Examples.Count < MinimumExamples)
            messages.Add("has " + doc.Examples.Count + " example(s) under ## EXAMPLES; at least " + MinimumExamples + " are required.");

        foreach (var parameter in command.DocumentedParameters)
        {
            var text = doc.ParameterText(parameter.Name);
            if (text is null) messages.Add("parameter -" + parameter.Name + " is not documented; add '### -" + parameter.Name + "' under ## PARAMETERS.");
            else if (text.Length == 0) messages.Add("parameter -" + parameter.Name + " has an empty description.");
        }
        foreach (var (name, _) in doc.Parameters)
        {
            var parameter = command.Parameter(name);
            if (parameter is null) messages.Add("documents parameter -" + name + ", which " + command.Name + " does not have.");
            else if (parameter.IsCommon) messages.Add("documents the common parameter -" + name + "; PowerShell describes it (about_CommonParameters).");
        }
        messages.AddRange(UnknownTypes("INPUTS", doc.Inputs, command.InputTypes));
        messages.AddRange(UnknownTypes("OUTPUTS", doc.Outputs, command.ReturnTypes));
        return messages.Select(m => new HelpProblem(doc.Source, command.Name + ": " + m));
    }

    // A ### type heading must name a type the cmdlet really takes or writes, so a rename cannot leave stale prose.
    private static IEnumerable<string> UnknownTypes(string section, TypedSection typed, IReadOnlyList<string> actual) =>
        typed.Types.Where(t => !actual.Any(a => TypedSection.Names(t.Key, a)))
            .Select(t => "## " + section + " describes '" + t.Key + "', which is not among " + string.Join(", ", actual) + ".");
}
