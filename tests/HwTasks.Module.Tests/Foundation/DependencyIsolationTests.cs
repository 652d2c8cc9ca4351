using System.Runtime.Loader;
using HwTasks.Module.Tests.Hosting;

namespace HwTasks.Module.Tests.Foundation;

[Collection(EmulatorCollection.Name)]
public sealed class DependencyIsolationTests
{
    private readonly EmulatorFixture _fixture;

    public DependencyIsolationTests(EmulatorFixture fixture) => _fixture = fixture;

    [Fact]
    public void HwTasks_works_beside_another_modules_older_Microsoft_Extensions_Http()
    {
        Assert.Equal(8, OlderDependencyLoader.Older.GetName().Version!.Major);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(OlderDependencyLoader.Older));

        _fixture.Session.Run("Invoke-HwCloudRequest -Service Kafka -Path '/v2/{project_id}/instances/a1b2c3d4-0000-1111-2222-333344445555/tasks' -Query @{ limit = 1 }")
            .ThrowIfFailed();

        var copies = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "Microsoft.Extensions.Http").ToList();
        Assert.Contains(copies, a => a.GetName().Version!.Major == 8 && AssemblyLoadContext.GetLoadContext(a) == AssemblyLoadContext.Default);
        var ours = Assert.Single(copies, a => a.GetName().Version!.Major == 10);
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(ours));
        // HwTasks.Core itself is public: it loads into the default context, where scripts resolve its types.
        Assert.Same(AssemblyLoadContext.Default,
            AssemblyLoadContext.GetLoadContext(AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "HwTasks.Core")));
    }

    [Fact]
    public void The_cmdlet_assembly_references_no_dependency_that_could_clash()
    {
        var cmdlets = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "HwTasks")
                      ?? throw new InvalidOperationException("HwTasks is not loaded");

        var references = cmdlets.GetReferencedAssemblies().Select(r => r.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal));
        Assert.DoesNotContain("System.Text.Json", references);
        Assert.Contains("HwTasks.Core", references);
    }
}
