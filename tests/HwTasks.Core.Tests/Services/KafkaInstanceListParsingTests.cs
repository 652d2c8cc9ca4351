using HwTasks.Core.Services.Kafka;
using HwTasks.Core.Tests.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Services;

/// <summary>Kafka (DMS) ListInstances: the query the SDK's ListInstancesRequest sends and the ShowInstanceResp fields HwTasks reads.</summary>
public class KafkaInstanceListParsingTests
{
    private static ScriptedServer Answering(string body) =>
        new((_, _) => new ScriptedResponse { Body = body, Headers = new() { ["Content-Type"] = "application/json", ["X-Request-Id"] = "rid-1" } });

    [Fact]
    public async Task ListInstances_asks_for_kafka_instances_by_offset_and_limit()
    {
        await using var server = Answering("""{"instances":[],"instance_num":0}""");

        var page = await new KafkaClient().ListInstancesAsync(Target(server.BaseUri, service: KafkaService.Instance), 50, 50, FastOptions(), default);

        Assert.Empty(page.Items);
        Assert.Equal(0, page.Total);
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v2/" + ProjectId + "/instances", request.Path);
        Assert.Equal("engine=kafka&limit=50&offset=50", request.Query);
    }

    [Fact]
    public async Task An_instance_reads_its_fields_with_the_creation_time_sent_as_text()
    {
        await using var server = Answering("""
            {"instances":[
              {"name":"kafka-demo","engine":"kafka","engine_version":"2.7","specification":"kafka.2u4g.cluster * 3 broker","storage_space":600,
               "partition_num":"750","used_storage_space":12,"port":9092,"status":"RUNNING","instance_id":"a1b2c3d4-0000-1111-2222-333344445555",
               "created_at":"1715743191046","type":"cluster","enable_auto_topic":true,"available_zones":["az1"]},
              {"name":"kafka-new","status":"CREATING","instance_id":"b2","created_at":1715743191046}],
             "instance_num":2}
            """);

        var page = await new KafkaClient().ListInstancesAsync(Target(server.BaseUri, service: KafkaService.Instance), 0, 50, FastOptions(), default);

        Assert.Equal(2, page.Total);
        var demo = page.Items[0];
        Assert.Equal("a1b2c3d4-0000-1111-2222-333344445555", demo.InstanceId);
        Assert.Equal("kafka-demo", demo.Name);
        Assert.Equal("kafka", demo.Engine);
        Assert.Equal("2.7", demo.EngineVersion);
        Assert.Equal("kafka.2u4g.cluster * 3 broker", demo.Specification);
        Assert.Equal("RUNNING", demo.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1715743191046), demo.CreatedTime);
        Assert.Equal("cn-north-4", demo.Region);
        Assert.Equal(ProjectId, demo.ProjectId);
        Assert.Equal("CREATING", page.Items[1].Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1715743191046), page.Items[1].CreatedTime);
    }

    [Fact]
    public async Task An_instance_without_its_id_is_an_invalid_response()
    {
        await using var server = Answering("""{"instances":[{"name":"kafka-demo"}],"instance_num":1}""");

        var failure = await Assert.ThrowsAsync<HwTasks.Core.Errors.HwCloudException>(() =>
            new KafkaClient().ListInstancesAsync(Target(server.BaseUri, service: KafkaService.Instance), 0, 50, FastOptions(), default));

        Assert.Equal("Kafka ListInstances failed: the response is not the JSON this API returns (it has no 'instance_id' member). (request id rid-1)", failure.Message);
    }
}
