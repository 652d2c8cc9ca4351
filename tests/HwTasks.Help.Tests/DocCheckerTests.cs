using HwTasks.Help.Checks;

namespace HwTasks.Help.Tests;

public class DocCheckerTests
{
    private static List<string> Problems(string doc, string shared = Samples.Shared) =>
        DocChecker.Check(Samples.StopJob(), Samples.Parse(doc, shared)).Select(p => p.ToString()).ToList();

    [Fact]
    public void A_complete_doc_passes() => Assert.Empty(Problems(Samples.Doc));

    [Fact]
    public void An_undocumented_parameter_is_named()
    {
        var problem = Assert.Single(Problems(Samples.Doc, shared: string.Empty));
        Assert.Contains("Stop-Job.md: error HWHELP: Stop-Job: parameter -Region is not documented", problem);
    }

    [Fact]
    public void A_missing_example_is_reported_with_the_count()
    {
        var doc = Samples.Doc.Replace("### Example 2: Stop piped jobs", "Second example removed:");

        var problem = Assert.Single(Problems(doc));
        Assert.Contains("has 1 example(s) under ## EXAMPLES; at least 2 are required", problem);
    }

    [Fact]
    public void A_renamed_parameter_is_reported_as_missing_and_as_invented()
    {
        var problems = Problems(Samples.Doc.Replace("### -JobName", "### -JobId"));

        Assert.Equal(2, problems.Count);
        Assert.Contains("parameter -JobName is not documented", problems[0]);
        Assert.Contains("documents parameter -JobId, which Stop-Job does not have", problems[1]);
    }

    [Fact]
    public void Empty_synopsis_and_description_are_reported()
    {
        var doc = Samples.Doc.Replace("Stops a job.", string.Empty).Replace("Stops the job\nnamed by -JobName.", string.Empty);

        var problems = Problems(doc);
        Assert.Contains(problems, p => p.Contains("## SYNOPSIS is empty"));
        Assert.Contains(problems, p => p.Contains("## DESCRIPTION is empty"));
    }

    [Fact]
    public void Common_parameters_and_WhatIf_need_no_doc_but_a_common_one_may_not_be_documented()
    {
        Assert.Empty(Problems(Samples.Doc));
        var problem = Assert.Single(Problems(Samples.Doc.Replace("{{Shared}}", "{{Shared}}\n\n### -Verbose\n\nTalks.")));
        Assert.Contains("common parameter -Verbose", problem);
    }

    [Fact]
    public void A_missing_doc_file_and_an_orphan_doc_are_reported()
    {
        var docs = new Dictionary<string, HwTasks.Help.Docs.CmdletDoc> { ["Start-Job"] = Samples.Parse(Samples.Doc) };

        var problems = DocChecker.Check(new[] { Samples.StopJob() }, docs, "docs/cmdlets").Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.Contains("Stop-Job is exported but has no doc file"));
        Assert.Contains(problems, p => p.Contains("Start-Job is documented but the module exports no such cmdlet"));
    }

    [Fact]
    public void An_output_type_the_cmdlet_does_not_declare_is_reported()
    {
        var problem = Assert.Single(Problems(Samples.Doc.Replace("### JobResult", "### JobStatus")));
        Assert.Contains("## OUTPUTS describes 'JobStatus', which is not among Contoso.JobResult", problem);
    }
}
