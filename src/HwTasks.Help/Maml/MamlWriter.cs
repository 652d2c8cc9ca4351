using System.Xml.Linq;
using HwTasks.Help.Docs;
using HwTasks.Help.Metadata;

namespace HwTasks.Help.Maml;

/// <summary>
/// Writes the MAML Get-Help reads for compiled cmdlets (helpItems / command:command). Everything a
/// user could get wrong by hand (syntax, types, mandatory, position, pipeline input) comes from the
/// cmdlet; the prose comes from the doc.
/// </summary>
public static class MamlWriter
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    // -WhatIf and -Confirm mean the same everywhere, so docs need not repeat them.
    private static readonly Dictionary<string, string> ShouldProcessText = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WhatIf"] = "Shows what would happen if the cmdlet runs. The cmdlet is not run and nothing is sent.",
        ["Confirm"] = "Prompts you for confirmation before running the cmdlet.",
    };

    public static XDocument Document(IEnumerable<(CommandShape Command, CmdletDoc Doc)> commands) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
                new XAttribute(XNamespace.Xmlns + "maml", Maml), new XAttribute(XNamespace.Xmlns + "command", Command),
                new XAttribute(XNamespace.Xmlns + "dev", Dev),
                commands.Select(c => CommandElement(c.Command, c.Doc))));

    public static XElement CommandElement(CommandShape command, CmdletDoc doc) =>
        new(Command + "command",
            new XElement(Command + "details",
                new XElement(Command + "name", command.Name),
                new XElement(Command + "verb", command.Verb),
                new XElement(Command + "noun", command.Noun),
                Description(doc.Synopsis)),
            Description(doc.Description),
            new XElement(Command + "syntax", command.ParameterSets.Select(set => SyntaxItem(command, set, doc))),
            new XElement(Command + "parameters", OrderedParameters(command, doc).Select(p => Parameter(command, p, doc))),
            new XElement(Command + "inputTypes", InputTypes(command, doc)),
            new XElement(Command + "returnValues", ReturnValues(command, doc)),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(doc.Notes))),
            new XElement(Command + "examples", doc.Examples.Select(Example)),
            new XElement(Command + "relatedLinks", doc.RelatedLinks.Select(Link)));

    // Positional parameters first, by position, then mandatory ones, then the rest: the order Get-Command -Syntax uses.
    private static XElement SyntaxItem(CommandShape command, ParameterSetShape set, CmdletDoc doc)
    {
        var uses = set.Parameters.Where(u => command.Parameter(u.Name) is { IsCommon: false })
            .OrderBy(u => u.Position ?? int.MaxValue).ThenBy(u => u.IsMandatory ? 0 : 1);
        return new XElement(Command + "syntaxItem",
            new XElement(Maml + "name", command.Name),
            uses.Select(u => ParameterElement(command.Parameter(u.Name)!, doc, u.IsMandatory, u.Position, PipelineText(new[] { u }))));
    }

    // The doc's order, so authors decide what comes first; then anything the doc may leave out (-WhatIf, -Confirm).
    private static IEnumerable<ParameterShape> OrderedParameters(CommandShape command, CmdletDoc doc)
    {
        var documented = doc.Parameters.Select(p => command.Parameter(p.Key)).OfType<ParameterShape>().Where(p => !p.IsCommon).ToList();
        return documented.Concat(command.Parameters.Where(p => !p.IsCommon && !documented.Contains(p)));
    }

    private static XElement Parameter(CommandShape command, ParameterShape parameter, CmdletDoc doc)
    {
        var uses = command.ParameterSets.SelectMany(s => s.Parameters).Where(u => u.Name == parameter.Name).ToList();
        var positions = uses.Select(u => u.Position).Distinct().ToList();
        return ParameterElement(parameter, doc,
            required: uses.Count > 0 && uses.All(u => u.IsMandatory),
            position: positions.Count == 1 ? positions[0] : null,
            pipeline: PipelineText(uses));
    }

    private static XElement ParameterElement(ParameterShape parameter, CmdletDoc doc, bool required, int? position, string pipeline) =>
        new(Command + "parameter",
            new XAttribute("required", required ? "true" : "false"),
            new XAttribute("variableLength", "true"),
            new XAttribute("globbing", parameter.SupportsWildcards ? "true" : "false"),
            new XAttribute("pipelineInput", pipeline),
            new XAttribute("position", position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named"),
            new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
            new XElement(Maml + "name", parameter.Name),
            Description(doc.ParameterText(parameter.Name) ?? ShouldProcessText.GetValueOrDefault(parameter.Name, string.Empty)),
            parameter.IsSwitch ? null : new XElement(Command + "parameterValue", new XAttribute("required", "true"),
                new XAttribute("variableLength", "false"), parameter.TypeName),
            parameter.AllowedValues.Count == 0 ? null : new XElement(Command + "parameterValueGroup",
                parameter.AllowedValues.Select(v => new XElement(Command + "parameterValue", new XAttribute("required", "false"),
                    new XAttribute("variableLength", "false"), v))),
            TypeElement(parameter.FullTypeName),
            new XElement(Dev + "defaultValue", parameter.DefaultValue ?? "None"));

    private static string PipelineText(IReadOnlyCollection<ParameterUse> uses)
    {
        var kinds = new List<string>();
        if (uses.Any(u => u.FromPipeline)) kinds.Add("ByValue");
        if (uses.Any(u => u.FromPipelineByPropertyName)) kinds.Add("ByPropertyName");
        return kinds.Count == 0 ? "False" : "True (" + string.Join(", ", kinds) + ")";
    }

    private static IEnumerable<XElement> InputTypes(CommandShape command, CmdletDoc doc) =>
        command.InputTypes.Select(type => new XElement(Command + "inputType", TypeElement(type), Description(doc.Inputs.TextFor(type))));

    private static IEnumerable<XElement> ReturnValues(CommandShape command, CmdletDoc doc) =>
        command.ReturnTypes.Select(type => new XElement(Command + "returnValue", TypeElement(type), Description(doc.Outputs.TextFor(type))));

    private static XElement Example(DocExample example) =>
        new(Command + "example",
            new XElement(Maml + "title", "-------------------------- Example " + example.Number + ": " + example.Title + " --------------------------"),
            new XElement(Dev + "code", example.Code),
            new XElement(Dev + "remarks", Paragraphs(example.Remarks)));

    private static XElement Link(DocLink link) =>
        new(Maml + "navigationLink", new XElement(Maml + "linkText", link.Text), new XElement(Maml + "uri", link.Uri ?? string.Empty));

    private static XElement TypeElement(string fullName) =>
        new(Dev + "type", new XElement(Maml + "name", fullName), new XElement(Maml + "uri"));

    private static XElement Description(string text) => new(Maml + "description", Paragraphs(text));

    private static IEnumerable<XElement> Paragraphs(string text) =>
        TextBlocks.Paragraphs(text).Select(p => new XElement(Maml + "para", p));
}
