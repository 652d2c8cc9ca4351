using HwTasks.Help.Docs;
using HwTasks.Help.Metadata;

namespace HwTasks.Help.Tests;

/// <summary>A small cmdlet shape and docs for it, built in code so each test changes one thing.</summary>
internal static class Samples
{
    public static CommandShape StopJob() => new(
        "Stop-Job", "Stop", "Job",
        new[]
        {
            Parameter("JobName"),
            Parameter("Region"),
            Parameter("Verbose", isSwitch: true) with { IsCommon = true },
            Parameter("WhatIf", isSwitch: true) with { IsShouldProcess = true },
        },
        new[]
        {
            new ParameterSetShape(string.Empty, true, new[]
            {
                new ParameterUse("Region", false, null, false, true),
                new ParameterUse("JobName", true, 0, true, false),
                new ParameterUse("Verbose", false, null, false, false),
                new ParameterUse("WhatIf", false, null, false, false),
            }),
        },
        new[] { "Contoso.JobResult" });

    public static ParameterShape Parameter(string name, bool isSwitch = false) =>
        new(name, isSwitch ? "SwitchParameter" : "String", isSwitch ? "System.Management.Automation.SwitchParameter" : "System.String",
            isSwitch, Array.Empty<string>(), Array.Empty<string>(), false, null);

    public const string Doc = """
        # Stop-Job

        ## SYNOPSIS

        Stops a job.

        ## DESCRIPTION

        Stops the job
        named by -JobName.

        ## EXAMPLES

        ### Example 1: Stop one job

        ```powershell
        # stops it
        Stop-Job -JobName nightly
        ```

        Stops nightly.

        ### Example 2: Stop piped jobs

        ```powershell
        'a', 'b' | Stop-Job
        ```

        ## PARAMETERS

        ### -JobName

        The job.

        {{Shared}}

        ## OUTPUTS

        ### JobResult

        The result.

        ## RELATED LINKS

        - [Docs](https://example.com/stop)
        - Start-Job
        """;

    public const string Shared = """
        ### -Region

        The region.
        """;

    public static CmdletDoc Parse(string text, string shared = Shared) =>
        CmdletDocParser.Parse("Stop-Job.md", Lines(text), Includes(("Shared", shared)));

    public static IncludeExpander Includes(params (string Name, string Text)[] files) =>
        new(name => files.Where(f => f.Name == name).Select(f => Lines(f.Text)).FirstOrDefault());

    public static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n');
}
