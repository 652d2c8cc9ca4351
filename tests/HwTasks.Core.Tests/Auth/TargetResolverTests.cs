using HwTasks.Core.Services.Kafka;
using HwTasks.Core.Services.Oms;
using HwTasks.Core.Services.Cdm;
using HwTasks.Core.Services.Aom;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Errors;
using HwTasks.Core.Tests.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Auth;

public class TargetResolverTests
{
    private static TargetResolver Resolver(params (string, string)[] variables)
    {
        string? Env(string name) => variables.FirstOrDefault(v => v.Item1 == name).Item2 ?? (name == "HOME" ? "/nonexistent-home" : null);
        return new TargetResolver(new AmbientCredentials(Env), new EndpointResolver(Env));
    }

    private static HwCloudContext Context(string? region = "cn-north-4", string? projectId = ProjectId, Uri? endpoint = null) =>
        new(Credential(), "test", region, projectId, endpoint);

    [Fact]
    public async Task Parameters_win_over_the_context()
    {
        var target = await Resolver().ResolveAsync(CdmService.Instance,
            new TargetSettings { Region = "cn-east-3", ProjectId = "fedcba9876543210fedcba9876543210", Context = Context() }, FastOptions(), default);

        Assert.Equal("cn-east-3", target.Region);
        Assert.Equal("fedcba9876543210fedcba9876543210", target.ProjectId);
        Assert.Equal("https://cdm.cn-east-3.myhuaweicloud.com/", target.BaseUri.ToString());
    }

    [Fact]
    public async Task The_Context_parameter_wins_over_the_session_default()
    {
        var other = new HwCloudContext(Credential(), "session", "cn-east-3", "fedcba9876543210fedcba9876543210");
        var trace = new TestTrace();

        var target = await Resolver().ResolveAsync(CdmService.Instance, new TargetSettings { Context = Context(), SessionDefault = other },
            FastOptions(trace), default);

        Assert.Equal("cn-north-4", target.Region);
        Assert.Contains(trace.DebugLines, l => l.Contains("context from the -Context parameter"));
        Assert.Contains(trace.DebugLines, l => l == "Region: cn-north-4 from the -Context parameter.");
    }

    [Fact]
    public async Task HUAWEICLOUD_SDK_REGION_is_the_last_source_of_a_region()
    {
        var target = await Resolver(("HUAWEICLOUD_SDK_REGION", "ap-southeast-1")).ResolveAsync(AomService.Instance,
            new TargetSettings { Context = Context(region: null) }, FastOptions(), default);

        Assert.Equal("ap-southeast-1", target.Region);
    }

    [Fact]
    public async Task No_region_anywhere_says_how_to_set_one()
    {
        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Resolver().ResolveAsync(CdmService.Instance,
            new TargetSettings { Context = Context(region: null) }, FastOptions(), default));

        Assert.Equal("NoRegion", failure.ErrorId);
        Assert.Contains("-Region", failure.Message);
        Assert.Contains("HUAWEICLOUD_SDK_REGION", failure.Message);
    }

    [Fact]
    public async Task No_credentials_anywhere_says_every_way_to_give_them()
    {
        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Resolver().ResolveAsync(CdmService.Instance,
            new TargetSettings { Region = "cn-north-4" }, FastOptions(), default));

        Assert.Equal("NoCredentials", failure.ErrorId);
        Assert.Contains("Connect-HwCloud", failure.Message);
        Assert.Contains("HUAWEICLOUD_SDK_AK", failure.Message);
        Assert.Contains(".huaweicloud", failure.Message);
    }

    [Fact]
    public async Task A_missing_project_id_is_asked_of_IAM_once_and_cached()
    {
        await using var iam = new ScriptedServer((_, _) => ScriptedResponse.Json(200,
            "{\"projects\":[{\"id\":\"aaaabbbbccccddddeeeeffff00001111\",\"name\":\"cn-north-4\"}]}"));
        var context = new HwCloudContext(new AccessKeyCredential("CACHEAK" + Guid.NewGuid().ToString("N")[..13], Secure(SecretKey)),
            "test", "cn-north-4", null, iam.BaseUri);

        var first = await Resolver().ResolveAsync(KafkaService.Instance, new TargetSettings { Context = context }, FastOptions(), default);
        var second = await Resolver().ResolveAsync(CdmService.Instance, new TargetSettings { Context = context }, FastOptions(), default);

        Assert.Equal("aaaabbbbccccddddeeeeffff00001111", first.ProjectId);
        Assert.Equal("aaaabbbbccccddddeeeeffff00001111", second.ProjectId);
        var request = Assert.Single(iam.Requests);
        Assert.Equal("/v3/projects?name=cn-north-4", request.Target);
        Assert.Null(request.Header("X-Project-Id"));
    }

    [Theory]
    [InlineData("{\"projects\":[]}", "ProjectNotFound")]
    [InlineData("{\"projects\":[{\"id\":\"a\",\"name\":\"cn-north-4\"},{\"id\":\"b\",\"name\":\"cn-north-4\"}]}", "AmbiguousProject")]
    public async Task Zero_or_several_projects_is_a_clear_error(string body, string errorId)
    {
        await using var iam = new ScriptedServer((_, _) => ScriptedResponse.Json(200, body));
        var context = new HwCloudContext(new AccessKeyCredential("PROJAK" + Guid.NewGuid().ToString("N")[..14], Secure(SecretKey)),
            "test", "cn-north-4", null, iam.BaseUri);

        var failure = await Assert.ThrowsAsync<HwCloudException>(() =>
            Resolver().ResolveAsync(CdmService.Instance, new TargetSettings { Context = context }, FastOptions(), default));

        Assert.Equal(errorId, failure.ErrorId);
        Assert.Contains("-ProjectId", failure.Message);
    }

    [Fact]
    public async Task A_context_project_id_does_not_leak_into_another_region()
    {
        await using var iam = new ScriptedServer((_, _) => ScriptedResponse.Json(200,
            "{\"projects\":[{\"id\":\"fedcba9876543210fedcba9876543210\",\"name\":\"cn-east-3\"}]}"));
        var context = new HwCloudContext(new AccessKeyCredential("REGAK" + Guid.NewGuid().ToString("N")[..15], Secure(SecretKey)),
            "test", "cn-north-4", ProjectId, iam.BaseUri);

        var target = await Resolver().ResolveAsync(CdmService.Instance, new TargetSettings { Context = context, Region = "cn-east-3" }, FastOptions(), default);

        Assert.Equal("fedcba9876543210fedcba9876543210", target.ProjectId);
    }

    [Fact]
    public async Task A_password_is_exchanged_for_a_token_whose_scope_gives_the_project()
    {
        await using var iam = new ScriptedServer((r, _) => new ScriptedResponse
        {
            Status = 201,
            Body = "{\"token\":{\"expires_at\":\"" + DateTimeOffset.UtcNow.AddHours(24).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ") +
                   "\",\"project\":{\"id\":\"11112222333344445555666677778888\",\"name\":\"cn-north-4\"}}}",
            Headers = new() { ["Content-Type"] = "application/json", ["X-Subject-Token"] = "ISSUED-TOKEN-" + r.Method },
        });
        var context = new HwCloudContext(new PasswordCredential("acme", "ops" + Guid.NewGuid().ToString("N")[..6], Secure("Pa55word!")),
            "test", "cn-north-4", null, iam.BaseUri);
        var trace = new TestTrace();

        var target = await Resolver().ResolveAsync(OmsService.Instance, new TargetSettings { Context = context }, FastOptions(trace), default);
        await Resolver().ResolveAsync(OmsService.Instance, new TargetSettings { Context = context }, FastOptions(), default);

        Assert.Equal("11112222333344445555666677778888", target.ProjectId);
        var request = Assert.Single(iam.Requests);
        Assert.Equal("/v3/auth/tokens", request.Path);
        Assert.Contains("\"password\":\"Pa55word!\"", request.BodyText);
        Assert.Contains("\"scope\":{\"project\":{\"name\":\"cn-north-4\"}}", request.BodyText);
        Assert.Null(request.Header("Authorization"));
        Assert.DoesNotContain("Pa55word!", trace.All);
        Assert.DoesNotContain("ISSUED-TOKEN", trace.All);
    }
}
