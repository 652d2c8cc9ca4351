using HwTasks.Tests.Shared;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Services;
using HwTasks.Emulator.Services.Cdm;
using HwTasks.Emulator.Services.Kafka;

namespace HwTasks.Emulator.Tests;

public sealed class ServiceCatalogTests
{
    [Fact]
    public void Every_service_folder_is_found_with_its_own_seed_section_and_default_seed()
    {
        var services = ServiceCatalog.Services;
        // A folder holding a service definition (<Svc>Service.cs) is one the catalog must find, under the service's name in camelCase.
        var folders = Directory.GetDirectories(EmulatorServices)
            .Select(d => Path.GetFileName(d)!)
            .Where(name => File.Exists(Path.Combine(EmulatorServices, name, name + "Service.cs")))
            .Select(CamelCase).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(folders, services.Select(s => s.SeedSection));
        Assert.Contains("cdm", services.Select(s => s.SeedSection));
        Assert.All(services, s => Assert.IsType(s.SeedType, SeedLoader.Default().Section(s.SeedSection)));
    }

    [Fact]
    public void Every_emulated_service_is_named_as_the_cloud_service_in_its_folder_and_its_seed_section()
    {
        var names = Core.Endpoints.CloudService.All.Select(s => s.Name).ToList();

        Assert.All(ServiceCatalog.Services, s =>
        {
            var folder = s.GetType().Namespace!.Split('.').Last();
            Assert.Equal("HwTasks.Emulator.Services." + folder, s.GetType().Namespace);
            Assert.Contains(folder, names);
            Assert.Equal(CamelCase(folder), s.SeedSection);
        });
    }

    private static readonly string EmulatorServices = Path.Combine(RepositoryRoot.Path, "src", "HwTasks.Emulator", "Services");

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    [Fact]
    public void A_seed_document_reads_each_section_as_its_services_type_in_any_case_and_per_project()
    {
        var seed = SeedLoader.Parse("""
            { "CDM": { "clusters": [ { "id": "c1" } ] }, "unknown": { "x": 1 },
              "projects": { "p1": { "kafka": { "instances": [] } } } }
            """);

        Assert.Equal("c1", Assert.IsType<CdmSeed>(seed.Section("cdm")).Clusters.Single().Id);
        Assert.Null(seed.Section("kafka"));
        Assert.IsType<KafkaSeed>(seed.ForProject("p1").Section("kafka"));
        Assert.Same(seed, seed.ForProject("p2"));
    }

    [Fact]
    public void A_section_of_the_wrong_shape_is_refused_with_its_json_path()
    {
        var error = Assert.Throws<System.Text.Json.JsonException>(() => SeedLoader.Parse("{\"projects\":{\"p\":{\"aom\":{\"workflows\":5}}}}"));

        Assert.Equal("$.projects.p.aom.workflows", error.Path);
    }

    [Fact]
    public void A_service_route_must_name_its_project()
    {
        var routes = new ServiceRoutes<CdmStore>(new Emulator.Routing.Router(), null!, "cdm");

        Assert.Throws<ArgumentException>(() => routes.Map("GET", "/v1/clusters", (_, _) => Hosting.Reply.Empty()));
    }
}
