using HwTasks.Tests.Shared;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace HwTasks.Core.Tests.Repository;

/// <summary>
/// .github/workflows/windows.yml runs only on a hosted Windows runner, the one place Windows PowerShell
/// 5.1 runs for real; here it is read as YAML and every repository file and build task it calls is checked.
/// </summary>
public class WindowsWorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(RepositoryRoot.Path, ".github", "workflows", "windows.yml");
    private static readonly Regex RepositoryFile = new(@"(?<![\w/$])(?:\./)?(?:[\w.-]+/)*[\w.-]+\.(?:ps1|psd1|sln|csproj)\b");
    private static readonly Regex TaskList = new(@"build\.ps1\s+-Task\s+([\w, ]+)");

    private static YamlMappingNode Job()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(WorkflowPath)) yaml.Load(reader);
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents.Single().RootNode)["jobs"];
        return (YamlMappingNode)jobs["windows"];
    }

    private static List<YamlMappingNode> Steps() => ((YamlSequenceNode)Job()["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [Fact]
    public void Runs_on_a_hosted_Windows_runner_with_a_time_limit()
    {
        var job = Job();
        Assert.Equal("windows-latest", Scalar(job, "runs-on"));
        Assert.NotNull(Scalar(job, "timeout-minutes"));
    }

    [Fact]
    public void Runs_steps_in_both_Windows_PowerShell_5_1_and_pwsh()
    {
        var shells = Steps().Select(s => Scalar(s, "shell")).Where(s => s is not null).ToList();
        Assert.Contains("powershell", shells);
        Assert.Contains("pwsh", shells);
    }

    [Fact]
    public void Every_repository_file_a_step_calls_exists()
    {
        var files = Steps().Select(s => Scalar(s, "run")).Where(r => r is not null)
            .SelectMany(r => RepositoryFile.Matches(r!).Select(m => m.Value)).Distinct().ToList();

        Assert.Contains("./build.ps1", files);
        Assert.Contains("./tests/Invoke-DesktopSuite.ps1", files);
        Assert.Contains("tests/Desktop.Tests.ps1", files);
        Assert.All(files, file => Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, file)), file + " is called by windows.yml but does not exist"));
    }

    [Fact]
    public void Every_build_task_a_step_names_is_one_build_ps1_accepts()
    {
        var accepted = Regex.Match(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "build.ps1")), @"ValidateSet\(([^)]*)\)\]\s*\[string\[\]\] \$Task")
            .Groups[1].Value.Split(',').Select(t => t.Trim().Trim('\'')).ToList();
        var named = Steps().Select(s => Scalar(s, "run")).Where(r => r is not null)
            .SelectMany(r => TaskList.Matches(r!).SelectMany(m => m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))).ToList();

        Assert.NotEmpty(named);
        Assert.All(named, task => Assert.Contains(task, accepted));
    }

    [Fact]
    public void Restores_the_repository_pinned_pwsh_and_pins_every_action_to_a_major_version()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, ".config", "dotnet-tools.json")));
        var actions = Steps().Select(s => Scalar(s, "uses")).Where(u => u is not null).ToList();
        Assert.Contains(actions, a => a!.StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.All(actions, a => Assert.Matches(@"^[\w-]+/[\w-]+@v\d+$", a!));
    }
}
