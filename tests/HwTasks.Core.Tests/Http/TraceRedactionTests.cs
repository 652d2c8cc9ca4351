using HwTasks.Core.Services.Oms;
using HwTasks.Core.Http;
using System.Net.Http;
using HwTasks.Core.Endpoints;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Http;

public class TraceRedactionTests
{
    [Fact]
    public async Task The_trace_shows_the_request_but_never_credentials()
    {
        await using var server = new ScriptedServer((_, _) => ScriptedResponse.Json(200, "{\"ok\":1}", "rid-trace"));
        var trace = new TestTrace();

        await Send(server, Start(), FastOptions(trace), RequestAuthenticator.Signing(Credential(temporary: true)));

        var text = trace.All;
        Assert.Contains("Authorization: REDACTED", text);
        Assert.Contains("X-Security-Token: REDACTED", text);
        Assert.Contains("X-Project-Id: " + ProjectId, text);
        Assert.Contains("Body: {\"variables\":{}}", text);
        Assert.Contains("request id rid-trace", text);
        Assert.DoesNotContain(SecretKey, text);
        Assert.DoesNotContain(SecurityToken, text);
        Assert.DoesNotContain(AccessKey, text);
        Assert.DoesNotContain("Signature=", text);
    }

    [Fact]
    public async Task A_body_that_carries_credentials_is_not_traced()
    {
        await using var server = new ScriptedServer();
        var trace = new TestTrace();
        var request = new HwCloudRequest(OmsService.Instance, "StartSyncTask", HttpMethod.Post, "/v2/" + ProjectId + "/sync-tasks/t1/start")
        {
            BodyCarriesSecrets = true,
        };
        request.SetJsonBody("{\"dst_ak\":\"DSTAKVALUE\",\"dst_sk\":\"DSTSKVALUE\"}");

        await Send(server, request, FastOptions(trace));

        Assert.Contains("REDACTED: the body carries credentials", trace.All);
        Assert.DoesNotContain("DSTSKVALUE", trace.All);
        Assert.DoesNotContain("DSTAKVALUE", trace.All);
        Assert.Equal("{\"dst_ak\":\"DSTAKVALUE\",\"dst_sk\":\"DSTSKVALUE\"}", Assert.Single(server.Requests).BodyText);
    }

    [Fact]
    public async Task Token_headers_are_redacted()
    {
        await using var server = new ScriptedServer((_, _) => new ScriptedResponse { Headers = new() { ["X-Subject-Token"] = "SUBJECTTOKEN" } });
        var trace = new TestTrace();

        await Send(server, Get(), FastOptions(trace), RequestAuthenticator.Token(new StaticTokenSource(Secure("AUTHTOKENVALUE"))));

        Assert.Contains("X-Auth-Token: REDACTED", trace.All);
        Assert.Contains("X-Subject-Token: REDACTED", trace.All);
        Assert.DoesNotContain("AUTHTOKENVALUE", trace.All);
        Assert.DoesNotContain("SUBJECTTOKEN", trace.All);
    }
}
