using System.Management.Automation.Language;
using System.Xml.Linq;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Foundation;

public class ManifestTests
{
    private static HashtableAst Manifest()
    {
        var ast = Parser.ParseFile(RepositoryPaths.Manifest, out _, out var errors);
        Assert.Empty(errors);
        return (HashtableAst)ast.Find(a => a is HashtableAst, false)!;
    }

    private static string Value(HashtableAst table, string key) =>
        table.KeyValuePairs.Single(p => ((StringConstantExpressionAst)p.Item1).Value == key).Item2.Extent.Text.Trim().Trim('\'');

    private static string[] List(HashtableAst table, string key) =>
        table.KeyValuePairs.Single(p => ((StringConstantExpressionAst)p.Item1).Value == key).Item2
            .FindAll(a => a is StringConstantExpressionAst, true).Select(a => ((StringConstantExpressionAst)a).Value).ToArray();

    [Fact]
    public void The_manifest_version_is_the_one_in_Directory_Build_props()
    {
        var props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        var version = props.Descendants("Version").Single().Value;

        Assert.Equal(version, Value(Manifest(), "ModuleVersion"));
    }

    [Fact]
    public void The_manifest_loads_the_binary_module_lists_cmdlets_explicitly_and_supports_both_editions()
    {
        var manifest = Manifest();

        Assert.Equal("bin/HwTasks.dll", Value(manifest, "RootModule"));
        Assert.Equal(new[] { "HwTasks.psm1" }, List(manifest, "NestedModules"));
        Assert.Equal("5.1", Value(manifest, "PowerShellVersion"));
        Assert.Equal(new[] { "Core", "Desktop" }, List(manifest, "CompatiblePSEditions"));
        // Windows PowerShell refuses the import, naming the version, on an older .NET Framework.
        Assert.Equal("4.7.2", Value(manifest, "DotNetFrameworkVersion"));
        Assert.Equal(new[] { "HwTasks.format.ps1xml" }, List(manifest, "FormatsToProcess"));
        // Which cmdlets, by name: tests/Foundation.Tests.ps1.
        Assert.DoesNotContain(List(manifest, "CmdletsToExport"), name => name.Contains('*'));
    }
}
