using System.Xml.Linq;
using HwTasks.Help.Maml;

namespace HwTasks.Help.Tests;

public class MamlWriterTests
{
    private static readonly XElement Command = MamlWriter.CommandElement(Samples.StopJob(), Samples.Parse(Samples.Doc));

    private static XElement Parameter(XElement parent, string name) =>
        parent.Elements(MamlWriter.Command + "parameter").Single(p => p.Element(MamlWriter.Maml + "name")!.Value == name);

    [Fact]
    public void Syntax_puts_positional_parameters_first_and_leaves_out_common_ones()
    {
        var item = Command.Element(MamlWriter.Command + "syntax")!.Element(MamlWriter.Command + "syntaxItem")!;

        var names = item.Elements(MamlWriter.Command + "parameter").Select(p => p.Element(MamlWriter.Maml + "name")!.Value);
        Assert.Equal(new[] { "JobName", "Region", "WhatIf" }, names);
    }

    [Fact]
    public void Parameter_facts_come_from_the_cmdlet()
    {
        var parameters = Command.Element(MamlWriter.Command + "parameters")!;

        var jobName = Parameter(parameters, "JobName");
        Assert.Equal("true", jobName.Attribute("required")!.Value);
        Assert.Equal("0", jobName.Attribute("position")!.Value);
        Assert.Equal("True (ByValue)", jobName.Attribute("pipelineInput")!.Value);
        Assert.Equal("True (ByPropertyName)", Parameter(parameters, "Region").Attribute("pipelineInput")!.Value);
        Assert.Contains("nothing is sent", Parameter(parameters, "WhatIf").Value);
        Assert.Null(Parameter(parameters, "WhatIf").Element(MamlWriter.Command + "parameterValue"));
    }

    [Fact]
    public void Examples_outputs_and_inputs_carry_the_doc_text()
    {
        var example = Command.Element(MamlWriter.Command + "examples")!.Elements().First();
        Assert.Contains("Example 1: Stop one job", example.Element(MamlWriter.Maml + "title")!.Value);
        Assert.Equal("# stops it\nStop-Job -JobName nightly", example.Element(MamlWriter.Dev + "code")!.Value);

        var output = Command.Element(MamlWriter.Command + "returnValues")!.Elements().Single();
        Assert.Equal("Contoso.JobResult", output.Descendants(MamlWriter.Maml + "name").First().Value);
        Assert.Equal("The result.", output.Descendants(MamlWriter.Maml + "para").Single().Value);
        Assert.Equal("System.String", Command.Element(MamlWriter.Command + "inputTypes")!.Descendants(MamlWriter.Maml + "name").Single().Value);
    }
}
