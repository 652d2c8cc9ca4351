using System.Management.Automation;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests;

/// <summary>
/// Get-Help as a user sees it, for every cmdlet the module exports (new cmdlets are covered without
/// editing this file): the MAML the build compiled from docs/cmdlets must be found and complete.
/// </summary>
public class HelpTests
{
    // One object per exported cmdlet: what Get-Help -Full returns next to what the cmdlet really has.
    private const string HelpSummary = """
        $common = [System.Management.Automation.Cmdlet]::CommonParameters
        Get-Command -Module HwTasks | ForEach-Object {
            $help = Get-Help $_.Name -Full
            $described = @{}
            foreach ($p in @($help.parameters.parameter | Where-Object { $_.name })) { $described[$p.name] = (@($p.description | ForEach-Object { $_.Text }) -join ' ').Trim() }
            [pscustomobject]@{
                Name         = $_.Name
                Synopsis     = [string]$help.Synopsis
                Description  = (@($help.description | ForEach-Object { $_.Text }) -join ' ').Trim()
                ExampleCount = @($help.examples.example).Count
                ExampleCode  = @($help.examples.example | Where-Object { -not $_.code }).Count
                Described    = $described
                Actual       = @($_.Parameters.Keys | Where-Object { $common -notcontains $_ })
                SyntaxCount  = @($help.syntax.syntaxItem).Count
                SetCount     = @($_.ParameterSets).Count
            }
        }
        """;

    [Fact]
    public void Every_exported_cmdlet_has_a_synopsis_description_examples_and_described_parameters()
    {
        using var session = new PowerShellSession();
        var summaries = session.Run(HelpSummary).ThrowIfFailed().Output;
        Assert.Equal(ModuleImportTests.ExportedCmdlets.Length, summaries.Count);

        var gaps = new List<string>();
        foreach (var help in summaries)
        {
            var name = Text(help, "Name");
            var synopsis = Text(help, "Synopsis");
            // Without MAML, Get-Help makes the synopsis up from the syntax, which starts with the name.
            if (synopsis.Length == 0 || synopsis.StartsWith(name, StringComparison.Ordinal)) gaps.Add(name + ": no synopsis");
            if (Text(help, "Description").Length == 0) gaps.Add(name + ": no description");
            if ((int)help.Properties["ExampleCount"].Value < 2) gaps.Add(name + ": fewer than two examples");
            if ((int)help.Properties["ExampleCode"].Value > 0) gaps.Add(name + ": an example without code");
            if ((int)help.Properties["SyntaxCount"].Value != (int)help.Properties["SetCount"].Value) gaps.Add(name + ": syntax items differ from parameter sets");
            var described = (System.Collections.Hashtable)help.Properties["Described"].Value;
            foreach (var parameter in ((object[])help.Properties["Actual"].Value).Select(p => p.ToString()!))
            {
                if (described[parameter] is not string text || text.Length == 0) gaps.Add(name + ": -" + parameter + " has no description");
            }
        }
        Assert.Empty(gaps);
    }

    [Fact]
    public void Help_takes_parameter_facts_from_the_cmdlet()
    {
        using var session = new PowerShellSession();

        var parameters = session.Run("(Get-Help Invoke-HwCloudRequest -Full).parameters.parameter").ThrowIfFailed().Output
            .ToDictionary(p => Text(p, "name"), p => p);

        var service = parameters["Service"];
        Assert.Equal("true", Text(service, "required"));
        Assert.Equal("0", Text(service, "position"));
        Assert.Equal("True (ByPropertyName)", Text(parameters["Region"], "pipelineInput"));
        Assert.Equal("100", Text(parameters["TimeoutSec"], "defaultValue"));
        Assert.Contains("WhatIf", parameters.Keys);
    }

    // Help objects wrap their strings in PSObjects.
    private static string Text(PSObject help, string property) => help.Properties[property].Value?.ToString() ?? string.Empty;

    [Fact]
    public void Get_Help_finds_the_about_topic()
    {
        using var session = new PowerShellSession();

        var topic = string.Join("\n", session.Run("Get-Help about_HwTasks").ThrowIfFailed().Output.Select(o => o.ToString()));

        Assert.StartsWith("TOPIC", topic);
        Assert.Contains("about_HwTasks", topic);
        Assert.Contains("SHORT DESCRIPTION", topic);
        Assert.Contains("HUAWEICLOUD_SDK_REGION", topic);
    }
}
