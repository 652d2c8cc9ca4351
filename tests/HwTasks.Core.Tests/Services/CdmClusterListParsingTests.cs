using HwTasks.Core.Services.Cdm;
using HwTasks.Core.Tests.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Services;

/// <summary>CDM ListClusters: the request the SDK sends and the SDK's Clusters fields, read into CdmCluster.</summary>
public class CdmClusterListParsingTests
{
    private static ScriptedServer Answering(string body) =>
        new((_, _) => new ScriptedResponse { Body = body, Headers = new() { ["Content-Type"] = "application/json;charset=UTF-8", ["X-Request-Id"] = "rid-1" } });

    [Fact]
    public async Task ListClusters_is_one_GET_without_a_query()
    {
        await using var server = Answering("""{"clusters":[]}""");

        var clusters = await new CdmClient().ListClustersAsync(Target(server.BaseUri), FastOptions(), default);

        Assert.Empty(clusters);
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1.1/" + ProjectId + "/clusters", request.Path);
        Assert.Equal("", request.Query);
    }

    [Fact]
    public async Task A_cluster_reads_its_code_as_a_status_its_camelCase_fields_and_its_location()
    {
        await using var server = Answering("""
            {"clusters":[
              {"id":"6ec9a0a4-76be-4262-8697-e7af1fac7920","name":"cdm-demo","status":"200","statusDetail":"Normal",
               "created":"2024-05-15T03:19:51Z","updated":"2024-05-16T08:00:00","flavorName":"cdm.medium","azName":"cn-north-4a",
               "isFrozen":"0","recentEvent":3,"dbuser":"cdm","instances":[],"datastore":{"type":"cdm","version":"2.10.0"}},
              {"id":"c2","name":"cdm-night","status":900},
              {"id":"c3","status":"777"}]}
            """);

        var clusters = await new CdmClient().ListClustersAsync(Target(server.BaseUri), FastOptions(), default);

        Assert.Equal(new[] { "6ec9a0a4-76be-4262-8697-e7af1fac7920", "c2", "c3" }, clusters.Select(c => c.ClusterId));
        var demo = clusters[0];
        Assert.Equal("cdm-demo", demo.Name);
        Assert.Equal(CdmClusterStatus.Normal, demo.Status);
        Assert.Equal("200", demo.StatusText);
        Assert.Equal("Normal", demo.StatusDetail);
        Assert.Equal(new DateTimeOffset(2024, 5, 15, 3, 19, 51, TimeSpan.Zero), demo.CreatedTime);
        Assert.Equal(new DateTimeOffset(2024, 5, 16, 8, 0, 0, TimeSpan.Zero), demo.UpdatedTime);
        Assert.Equal("cdm.medium", demo.FlavorName);
        Assert.Equal("cn-north-4a", demo.AvailabilityZone);
        Assert.False(demo.IsFrozen);
        Assert.Equal("cn-north-4", demo.Region);
        Assert.Equal(ProjectId, demo.ProjectId);
        // A code sent as a number reads as the same status; one the SDK does not list is Unknown and kept.
        Assert.Equal(CdmClusterStatus.ShutDown, clusters[1].Status);
        Assert.Equal("900", clusters[1].StatusText);
        Assert.Equal(CdmClusterStatus.Unknown, clusters[2].Status);
        Assert.Equal("777", clusters[2].StatusText);
        Assert.Null(clusters[2].Name);
    }

    [Theory]
    [InlineData("100", CdmClusterStatus.Creating)]
    [InlineData("300", CdmClusterStatus.Failed)]
    [InlineData("303", CdmClusterStatus.CreationFailed)]
    [InlineData("500", CdmClusterStatus.Restarting)]
    [InlineData("800", CdmClusterStatus.Frozen)]
    [InlineData("910", CdmClusterStatus.ShuttingDown)]
    [InlineData("920", CdmClusterStatus.Starting)]
    public async Task Every_code_the_SDK_documents_has_its_status(string code, CdmClusterStatus status)
    {
        await using var server = Answering("{\"clusters\":[{\"id\":\"c1\",\"status\":\"" + code + "\"}]}");

        var cluster = Assert.Single(await new CdmClient().ListClustersAsync(Target(server.BaseUri), FastOptions(), default));

        Assert.Equal(status, cluster.Status);
    }

    [Fact]
    public async Task A_cluster_without_its_id_is_an_invalid_response()
    {
        await using var server = Answering("""{"clusters":[{"name":"cdm-demo","status":"200"}]}""");

        var failure = await Assert.ThrowsAsync<HwTasks.Core.Errors.HwCloudException>(() => new CdmClient().ListClustersAsync(Target(server.BaseUri), FastOptions(), default));

        Assert.Equal("CDM ListClusters failed: the response is not the JSON this API returns (it has no 'id' member). (request id rid-1)", failure.Message);
    }
}
