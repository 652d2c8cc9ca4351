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

        Assert.Equal(new[] { "aom", "cdm", "dataArts", "kafka", "oms" }, services.Select(s => s.SeedSection));
        Assert.All(services, s => Assert.IsType(s.SeedType, SeedLoader.Default().Section(s.SeedSection)));
    }

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
