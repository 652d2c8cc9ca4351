using HwTasks.Core.Services.DataArts;
using HwTasks.Core.Tests.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Services;

/// <summary>
/// DataArts Studio's workspaces: ListDataArtsStudioInstances (the instances, as ApigCommodityOrder
/// records) and ListManagerWorkSpaces (an instance's workspaces, as Workspacebody records).
/// </summary>
public class DataArtsWorkspaceListParsingTests
{
    private static ScriptedServer Answering(string body) =>
        new((_, _) => new ScriptedResponse { Body = body, Headers = new() { ["Content-Type"] = "application/json", ["X-Request-Id"] = "rid-1" } });

    [Fact]
    public async Task ListDataArtsStudioInstances_pages_by_limit_and_offset_and_reads_the_order_records()
    {
        await using var server = Answering("""
            {"billing_check":false,"count":2,"commodity_orders":[
              {"project_id":"0123456789abcdef0123456789abcdef","order_id":"CS2405151200ABCDE","region_id":"cn-north-4",
               "resource_id":"6a1b2c3d4e5f40718293a4b5c6d7e8f9","resource_name":"dataarts-demo","resource_type":"hws.resource.type.dayu",
               "resource_spec_code":"dayu.starter","status":2,"is_auto_renew":0,"create_time":1715743191046.0,"is_trial_order":0},
              {"resource_id":"i2","resource_name":"dataarts-old","status":"3"}]}
            """);

        var page = await new DataArtsClient().ListInstancesAsync(Target(server.BaseUri, service: DataArtsService.Instance), 0, 50, FastOptions(), default);

        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/" + ProjectId + "/instances", request.Path);
        Assert.Equal("limit=50&offset=0", request.Query);
        Assert.Equal(2, page.Total);
        var demo = page.Items[0];
        Assert.Equal("6a1b2c3d4e5f40718293a4b5c6d7e8f9", demo.InstanceId);
        Assert.Equal("dataarts-demo", demo.Name);
        Assert.Equal("dayu.starter", demo.SpecificationCode);
        Assert.Equal(2, demo.Status);
        Assert.Equal("cn-north-4", demo.Region);
        Assert.Equal(ProjectId, demo.ProjectId);
        Assert.Equal(3, page.Items[1].Status);
    }

    [Fact]
    public async Task ListManagerWorkSpaces_names_the_instance_in_its_path_and_reads_each_workspace()
    {
        await using var server = Answering("""
            {"count":1,"total_page":1,"data":[
              {"id":"0833a5737480d53b2f25c010dc1a7b88","name":"sales_dw","description":"Sales data warehouse","eps_id":"0",
               "instance_id":"6a1b2c3d4e5f40718293a4b5c6d7e8f9","is_default":1,"owner_name":"ops-admin","project_id":"0123456789abcdef0123456789abcdef",
               "domain_id":"5d3c","create_time":1715743191046,"create_user":"ops-admin","member_num":3,"update_time":1715743191046,"update_user":"ops-admin",
               "bad_record_location_name":"obs://dirty","job_log_location_name":"obs://logs"}]}
            """);

        var page = await new DataArtsClient().ListWorkspacesAsync(Target(server.BaseUri, service: DataArtsService.Instance),
            "6a1b2c3d4e5f40718293a4b5c6d7e8f9", 0, 50, FastOptions(), default);

        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/" + ProjectId + "/workspaces/6a1b2c3d4e5f40718293a4b5c6d7e8f9", request.Path);
        Assert.Equal("limit=50&offset=0", request.Query);
        Assert.Null(page.Total);
        var workspace = Assert.Single(page.Items);
        Assert.Equal("0833a5737480d53b2f25c010dc1a7b88", workspace.WorkspaceId);
        Assert.Equal("sales_dw", workspace.Name);
        Assert.Equal("Sales data warehouse", workspace.Description);
        Assert.Equal("6a1b2c3d4e5f40718293a4b5c6d7e8f9", workspace.InstanceId);
        Assert.Equal(1, workspace.IsDefault);
        Assert.Equal("ops-admin", workspace.OwnerName);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1715743191046), workspace.CreatedTime);
        Assert.Equal("cn-north-4", workspace.Region);
    }

    [Fact]
    public async Task ListDataArtsStudioInstances_reads_the_list_under_the_older_SDKs_name_commodity_order_lists_too()
    {
        await using var server = Answering("""
            {"billing_check":false,"count":1,"commodity_order_lists":[
              {"resource_id":"6a1b2c3d4e5f40718293a4b5c6d7e8f9","resource_name":"dataarts-demo","status":2,"create_time":1715743191046}]}
            """);

        var page = await new DataArtsClient().ListInstancesAsync(Target(server.BaseUri, service: DataArtsService.Instance), 0, 50, FastOptions(), default);

        Assert.Equal(1, page.Total);
        var instance = Assert.Single(page.Items);
        Assert.Equal("6a1b2c3d4e5f40718293a4b5c6d7e8f9", instance.InstanceId);
        Assert.Equal("dataarts-demo", instance.Name);
        Assert.Equal(2, instance.Status);
    }

    [Theory]
    [InlineData("""{"commodity_orders":[{"resource_name":"x"}]}""", "resource_id")]
    [InlineData("""{"commodity_order_lists":[{"resource_name":"x"}]}""", "resource_id")]
    [InlineData("""{"count":1}""", "commodity_orders")]
    public async Task An_instance_list_of_the_wrong_shape_is_an_invalid_response(string body, string member)
    {
        await using var server = Answering(body);

        var failure = await Assert.ThrowsAsync<HwTasks.Core.Errors.HwCloudException>(() =>
            new DataArtsClient().ListInstancesAsync(Target(server.BaseUri, service: DataArtsService.Instance), 0, 50, FastOptions(), default));

        Assert.Equal("DataArts Studio ListDataArtsStudioInstances failed: the response is not the JSON this API returns (it has no '" + member +
                     "' member). (request id rid-1)", failure.Message);
    }

    [Fact]
    public async Task A_workspace_without_its_id_is_an_invalid_response()
    {
        await using var server = Answering("""{"count":1,"data":[{"name":"sales_dw"}]}""");

        var failure = await Assert.ThrowsAsync<HwTasks.Core.Errors.HwCloudException>(() =>
            new DataArtsClient().ListWorkspacesAsync(Target(server.BaseUri, service: DataArtsService.Instance), "i1", 0, 50, FastOptions(), default));

        Assert.Equal("DataArts Studio ListManagerWorkSpaces failed: the response is not the JSON this API returns (it has no 'id' member). (request id rid-1)", failure.Message);
    }
}
