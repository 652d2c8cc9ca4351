using System.Globalization;
using System.Net;
using System.Text.Json;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Tests.Infrastructure;

namespace HwTasks.Emulator.Tests;

/// <summary>CDM ListClusters: the seeded clusters in the SDK's Clusters shape.</summary>
public sealed class CdmClusterTests
{
    private const string Clusters = "/v1.1/" + TestEmulator.Project + "/clusters";

    [Fact]
    public async Task The_default_cluster_is_listed_with_its_code_its_detail_and_iso_times()
    {
        await using var emu = await TestEmulator.StartAsync();

        var response = await emu.Client.SendAsync("GET", Clusters);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json;charset=UTF-8", response.Content.Headers.NonValidated["Content-Type"].ToString());
        var cluster = Assert.Single((await response.ReadObjectAsync())["clusters"]!.AsArray())!;
        Assert.Equal(EmulatorDefaults.CdmClusterId, (string?)cluster["id"]);
        Assert.Equal("cdm-demo", (string?)cluster["name"]);
        Assert.Equal(JsonValueKind.String, cluster["status"].Kind());
        Assert.Equal("200", (string?)cluster["status"]);
        Assert.Equal("Normal", (string?)cluster["statusDetail"]);
        Assert.Equal("0", (string?)cluster["isFrozen"]);
        Assert.Equal("cdm.medium", (string?)cluster["flavorName"]);
        var created = emu.Server.Clock.UtcNow - TimeSpan.FromHours(2000);
        Assert.Equal(created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), (string?)cluster["created"]);
        Assert.Equal("cdm", (string?)cluster["datastore"]!["type"]);
    }

    [Fact]
    public async Task Seeded_clusters_keep_their_order_status_and_detail()
    {
        var seed = SeedLoader.Parse("""
            {"cdm":{"clusters":[
              {"id":"c-night","name":"cdm-night","status":"900","statusDetail":"Shut down","flavorName":"cdm.large"},
              {"id":"c-frozen","name":"cdm-frozen","status":"800","statusDetail":"Frozen"},
              {"id":"c-plain"}]}}
            """);
        await using var emu = await TestEmulator.StartAsync(seed);

        var clusters = (await (await emu.Client.SendAsync("GET", Clusters)).ReadObjectAsync())["clusters"]!.AsArray();

        Assert.Equal(new[] { "c-night", "c-frozen", "c-plain" }, clusters.Select(c => (string?)c!["id"]));
        Assert.Equal(new[] { "900", "800", "200" }, clusters.Select(c => (string?)c!["status"]));
        Assert.Equal(new[] { "Shut down", "Frozen", "Normal" }, clusters.Select(c => (string?)c!["statusDetail"]));
        Assert.Equal(new[] { "0", "1", "0" }, clusters.Select(c => (string?)c!["isFrozen"]));
        Assert.Equal(new[] { "cdm-night", "cdm-frozen", "cdm-cluster" }, clusters.Select(c => (string?)c!["name"]));
    }

    [Fact]
    public async Task A_project_seeded_without_clusters_lists_none_and_other_methods_are_405()
    {
        var seed = SeedLoader.Parse("{\"cdm\":{\"clusters\":[]}}");
        await using var emu = await TestEmulator.StartAsync(seed);

        var body = await (await emu.Client.SendAsync("GET", Clusters)).ReadObjectAsync();
        var post = await emu.Client.SendAsync("POST", Clusters, body: "{}");

        Assert.Empty(body["clusters"]!.AsArray());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }
}
