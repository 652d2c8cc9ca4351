using HwTasks.Tests.Shared;
using HwTasks.Core.Endpoints;

namespace HwTasks.Core.Tests.Architecture;

/// <summary>
/// A service is a vertical slice (docs/CONTRIBUTING.md): its files live in its own folders, and
/// nothing else lists the services or reaches into one of them. These checks fail when a central
/// switch, a list of services or a folder cycle comes back.
/// </summary>
public class ServiceSliceTests
{
    private static readonly string Src = Path.Combine(RepositoryRoot.Path, "src");

    public static TheoryData<string> Projects => new() { "HwTasks.Core", "HwTasks", "HwTasks.Emulator", "HwTasks.Testing" };

    [Theory]
    [MemberData(nameof(Projects))]
    public void No_folder_of_a_project_depends_on_a_folder_that_depends_back_on_it(string project)
    {
        var tree = new SourceTree(Path.Combine(Src, project));
        var edges = tree.Files.GroupBy(f => f.Namespace)
            .ToDictionary(g => g.Key, g => g.SelectMany(tree.UsedNamespaces).ToHashSet(StringComparer.Ordinal));

        var cycles = edges.SelectMany(e => e.Value.Where(to => Reaches(edges, to, e.Key)).Select(to => e.Key + " -> " + to)).ToList();

        Assert.Empty(cycles);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Only_a_services_own_folders_name_it_and_no_file_lists_several_services(string project)
    {
        var tree = new SourceTree(Path.Combine(Src, project));
        var services = CloudService.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var file in tree.Files)
        {
            var own = ServiceOf(file.Namespace, services);
            var used = tree.UsedNamespaces(file).Select(ns => ServiceOf(ns, services)).OfType<string>().Where(s => s != own).Distinct().ToList();
            // IAM is how every other service authenticates: infrastructure may use it beside one other service.
            var named = used.Where(s => s != "Iam").ToList();
            if (own is not null && named.Count > 0) problems.Add(tree.Relative(file) + " (" + own + ") reaches into " + string.Join(", ", named));
            else if (own is null && named.Count > 1) problems.Add(tree.Relative(file) + " lists " + string.Join(", ", named));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_service_defines_itself_in_its_own_folder()
    {
        // Which services there are: the folders under Services/ (ServiceNamingTests).
        Assert.NotEmpty(CloudService.All);
        foreach (var service in CloudService.All)
            Assert.Equal("HwTasks.Core.Services." + service.Name, service.GetType().Namespace);
    }

    // "HwTasks.Core.Services.Cdm", "HwTasks.Commands.Cdm" → "Cdm".
    private static string? ServiceOf(string ns, HashSet<string> services)
    {
        var parts = ns.Split('.');
        for (var i = 0; i + 1 < parts.Length; i++)
        {
            if ((parts[i] == "Services" || parts[i] == "Commands") && services.Contains(parts[i + 1])) return parts[i + 1];
        }
        return null;
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> edges, string from, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(new[] { from });
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node == target) return true;
            if (!seen.Add(node) || !edges.TryGetValue(node, out var next)) continue;
            foreach (var n in next) stack.Push(n);
        }
        return false;
    }
}
