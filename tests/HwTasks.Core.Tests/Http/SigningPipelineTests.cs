using HwTasks.Core.Services.Cdm;
using HwTasks.Core.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Http;

public class SigningPipelineTests
{
    [Fact]
    public async Task A_signed_request_verifies_at_the_gateway_with_project_header_and_user_agent()
    {
        await using var server = new ScriptedServer();
        var request = Start();
        request.AddQuery("b", "2");
        request.AddQuery("a", "x y+z~");

        await Send(server, request);

        var received = Assert.Single(server.Requests);
        Assert.True(Verify(received).IsValid, Verify(received).Message);
        Assert.Equal("PUT", received.Method);
        Assert.Equal("/v1.1/" + ProjectId + "/clusters/c1/cdm/job/j1/start?a=x%20y%2Bz~&b=2", received.Target);
        Assert.Equal("{\"variables\":{}}", received.BodyText);
        Assert.Equal("application/json;charset=UTF-8", received.Header("Content-Type"));
        Assert.Equal(ProjectId, received.Header("X-Project-Id"));
        Assert.Matches(@"^HwTasks/\d+\.\d+\.\d+ PowerShell/\S+ \(.+\)$", received.Header("User-Agent"));
        Assert.Matches(@"^\d{8}T\d{6}Z$", received.Header("X-Sdk-Date"));
        Assert.Contains("SignedHeaders=content-type;host;user-agent;x-project-id;x-sdk-date,", received.Header("Authorization"));
        Assert.Null(received.Header("X-Security-Token"));
    }

    [Theory]
    [InlineData("数据迁移", "%E6%95%B0%E6%8D%AE%E8%BF%81%E7%A7%BB")]
    [InlineData("job name", "job%20name")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("x~y", "x~y")]
    [InlineData("semi;colon", "semi%3Bcolon")]
    public async Task Path_segments_are_encoded_once_and_verify(string jobName, string wire)
    {
        await using var server = new ScriptedServer();
        var request = new HwCloudRequest(CdmService.Instance, "ShowJobStatus", HttpMethod.Get,
            HwCloudRequest.FormatPath("/v1.1/{0}/clusters/{1}/cdm/job/{2}/status", ProjectId, "c1", jobName));

        await Send(server, request);

        var received = Assert.Single(server.Requests);
        Assert.Equal("/v1.1/" + ProjectId + "/clusters/c1/cdm/job/" + wire + "/status", received.Path);
        Assert.True(Verify(received).IsValid);
    }

    [Fact]
    public async Task Repeated_unsorted_and_empty_query_values_are_sent_canonically()
    {
        await using var server = new ScriptedServer();
        var request = Get();
        request.AddQuery("tag", "b");
        request.AddQuery("marker", "");
        request.AddQuery("tag", "a");
        request.AddQuery("Limit", "5");

        await Send(server, request);

        var received = Assert.Single(server.Requests);
        Assert.Equal("Limit=5&marker=&tag=a&tag=b", received.Query);
        Assert.True(Verify(received).IsValid);
    }

    [Fact]
    public async Task Temporary_credentials_send_and_sign_the_security_token()
    {
        await using var server = new ScriptedServer();

        await Send(server, Get(), authenticator: RequestAuthenticator.Signing(Credential(temporary: true)));

        var received = Assert.Single(server.Requests);
        Assert.Equal(SecurityToken, received.Header("X-Security-Token"));
        Assert.Contains("x-security-token", received.Header("Authorization"));
        Assert.True(Verify(received, SecurityToken).IsValid);
    }

    [Fact]
    public async Task Token_authentication_sends_X_Auth_Token_and_no_signature()
    {
        await using var server = new ScriptedServer();

        await Send(server, Get(), authenticator: RequestAuthenticator.Token(new StaticTokenSource(Secure("iam-token-value"))));

        var received = Assert.Single(server.Requests);
        Assert.Equal("iam-token-value", received.Header("X-Auth-Token"));
        Assert.Null(received.Header("Authorization"));
    }

    [Fact]
    public async Task A_retried_request_is_signed_again_with_a_fresh_date()
    {
        await using var server = new ScriptedServer((_, n) => n == 1
            ? new ScriptedResponse { Status = 503, Delay = TimeSpan.FromMilliseconds(1100) }
            : new ScriptedResponse());

        await Send(server, Get());

        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.All(requests, r => Assert.True(Verify(r).IsValid));
        Assert.NotEqual(requests[0].Header("X-Sdk-Date"), requests[1].Header("X-Sdk-Date"));
    }
}
