using HwTasks.Help.Docs;

namespace HwTasks.Help.Tests;

public class CmdletDocParserTests
{
    [Fact]
    public void Reads_every_section_and_expands_the_include()
    {
        var doc = Samples.Parse(Samples.Doc);

        Assert.Equal("Stop-Job", doc.Name);
        Assert.Equal("Stops a job.", doc.Synopsis);
        Assert.Equal(new[] { "JobName", "Region" }, doc.Parameters.Select(p => p.Key));
        Assert.Equal("The region.", doc.ParameterText("Region"));
        Assert.Equal("The result.", doc.Outputs.TextFor("Contoso.JobResult"));
        Assert.Equal(new DocLink("Docs", "https://example.com/stop"), doc.RelatedLinks[0]);
        Assert.Equal(new DocLink("Start-Job", null), doc.RelatedLinks[1]);
        Assert.Empty(doc.Problems);
    }

    [Fact]
    public void A_heading_inside_code_is_code_and_the_first_fence_is_the_example()
    {
        var example = Samples.Parse(Samples.Doc).Examples[0];

        Assert.Equal(1, example.Number);
        Assert.Equal("Stop one job", example.Title);
        Assert.Equal("# stops it\nStop-Job -JobName nightly", example.Code);
        Assert.Equal("Stops nightly.", example.Remarks);
    }

    [Fact]
    public void Unknown_sections_bad_headings_and_duplicates_are_problems()
    {
        var doc = Samples.Parse(Samples.Doc.Replace("## OUTPUTS", "## RESULTS").Replace("### Example 2: Stop piped jobs", "### Second")
            .Replace("{{Shared}}", "{{Shared}}\n\n### -Region\n\nAgain."));

        Assert.Contains(doc.Problems, p => p.StartsWith("unknown section '## RESULTS'"));
        Assert.Contains(doc.Problems, p => p.Contains("'### Second' must read '### Example N: title'"));
        Assert.Contains(doc.Problems, p => p.Contains("-Region is documented twice"));
    }

    [Fact]
    public void Includes_nest_and_report_missing_files_and_cycles()
    {
        var problems = new List<string>();
        var includes = Samples.Includes(("A", "a1\n{{B}}"), ("B", "b1"), ("Loop", "{{Loop}}"));

        var lines = includes.Expand(new[] { "x", "{{A}}", "{{Nothing}}", "{{Loop}}" }, problems);

        Assert.Equal(new[] { "x", "a1", "b1" }, lines);
        Assert.Contains("{{Nothing}} names no include file _Nothing.md.", problems);
        Assert.Contains(problems, p => p.StartsWith("{{Loop}} includes itself"));
    }

    [Fact]
    public void Paragraphs_join_prose_lines_but_keep_lists()
    {
        var paragraphs = TextBlocks.Paragraphs("one\ntwo\n\n1. first\n   more\n2. second");

        Assert.Equal(new[] { "one two", "1. first more\n2. second" }, paragraphs);
    }
}
