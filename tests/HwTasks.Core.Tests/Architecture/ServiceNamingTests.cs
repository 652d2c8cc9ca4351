using HwTasks.Tests.Shared;
using System.Reflection;
using System.Text.RegularExpressions;
using HwTasks.Core.Endpoints;

namespace HwTasks.Core.Tests.Architecture;

/// <summary>
/// The conventions a new service is written by (docs/CONTRIBUTING.md), checked: one service per
/// folder, named alike in every layer, each defined once with its Instance. The slice rules find a
/// service's files by its name, so a folder named otherwise would escape them without a word.
/// </summary>
public class ServiceNamingTests
{
    private static readonly string Src = Path.Combine(RepositoryRoot.Path, "src");
    private static readonly Regex ServiceInstance = new(@"\b(\w+)Service\.Instance\b");

    [Fact]
    public void The_services_are_exactly_the_folders_under_Core_Services()
    {
        var folders = Directory.GetDirectories(Path.Combine(Src, "HwTasks.Core", "Services")).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(folders, CloudService.All.Select(s => s.Name));
        Assert.Contains(CloudService.All, s => s.Name == "Cdm" && s.HostPrefix == "cdm");
    }

    [Fact]
    public void Every_service_type_is_one_instance_in_its_public_static_readonly_Instance_field_and_in_All()
    {
        var types = typeof(CloudService).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CloudService)) && !t.IsAbstract).ToList();

        Assert.NotEmpty(types);
        foreach (var type in types)
        {
            var field = type.GetField("Instance", BindingFlags.Public | BindingFlags.Static);
            Assert.True(field is { IsInitOnly: true } && field.FieldType == type, type.Name + " needs `public static readonly " + type.Name + " Instance`.");
            Assert.True(type.GetConstructors().Length == 0, type.Name + " has a public constructor: a second instance would not be the one CloudService.All holds.");
            Assert.Contains(CloudService.All, s => ReferenceEquals(s, field!.GetValue(null)));
        }
    }

    [Fact]
    public void The_cmdlets_waitables_and_completers_of_a_Commands_folder_target_the_service_it_is_named_after()
    {
        var services = CloudService.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var tree = new SourceTree(Path.Combine(Src, "HwTasks", "Commands"));

        var targeted = tree.Files.SelectMany(f => ServiceInstance.Matches(f.Code).Select(m => (Folder: Path.GetFileName(Path.GetDirectoryName(f.Path))!, File: tree.Relative(f), Service: m.Groups[1].Value))).ToList();
        var wrong = targeted.Where(t => t.Service != t.Folder || !services.Contains(t.Service)).Select(t => t.File + " targets " + t.Service + "Service").ToList();

        Assert.Empty(wrong);
        Assert.Contains(targeted, t => t.Folder == "Cdm");
    }
}
