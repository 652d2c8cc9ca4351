using HwTasks.Help.Docs;

namespace HwTasks.Help.Tests;

public class AboutTopicRendererTests
{
    private const string About = """
        # about_Thing

        ## SHORT DESCRIPTION

        Short.

        ## LONG DESCRIPTION

        ### Part

        word word word word word word word word word word word word word word word word word word word

        ```
        $x = 1
        ```
        """;

    [Fact]
    public void Renders_headings_wraps_prose_and_indents_code()
    {
        var text = AboutTopicRenderer.Render(MarkdownOutline.Parse(Samples.Lines(About)));

        Assert.StartsWith("TOPIC\n    about_Thing\n\nSHORT DESCRIPTION\n    Short.\n\nLONG DESCRIPTION\n\n    Part\n", text);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= AboutTopicRenderer.Width, line));
        Assert.Contains("\n        $x = 1\n", text);
    }

    [Fact]
    public void A_topic_needs_its_title_and_both_descriptions()
    {
        var problems = AboutTopicRenderer.Problems(MarkdownOutline.Parse(Samples.Lines("# about_Other\n\n## SHORT DESCRIPTION\n\nx")), "about_Thing").ToList();

        Assert.Contains("the title must be '# about_Thing'.", problems);
        Assert.Contains("## LONG DESCRIPTION is missing or empty.", problems);
    }
}
