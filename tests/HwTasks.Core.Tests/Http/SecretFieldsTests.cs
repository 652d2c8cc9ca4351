using HwTasks.Core.Services.Iam;
using System.Net.Http;
using System.Text;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Http;

public class SecretFieldsTests
{
    [Theory]
    [InlineData("src_sk", true)]
    [InlineData("dst_ak", true)]
    [InlineData("source_cdn_authentication_key", true)]
    [InlineData("password", true)]
    [InlineData("secretKey", true)]
    [InlineData("authToken", true)]
    [InlineData("X-Api-Key", true)]
    [InlineData("securityToken", true)]
    [InlineData("monkey", false)]
    [InlineData("keyboard_layout", false)]
    [InlineData("task_count", false)]
    [InlineData("tokenizer", false)]
    [InlineData("job-name", false)]
    public void Recognises_credential_names_in_every_casing(string name, bool secret) =>
        Assert.Equal(secret, SecretFields.IsSecretName(name));

    [Fact]
    public void Redacts_secret_values_at_any_depth_and_keeps_the_rest()
    {
        var json = """{"name":"t","auth":{"secretKey":"S3CRET","user":{"password":"PW","id":7}},"items":[{"token":"TK"},{"token":null}],"count":2}""";

        var redacted = SecretFields.RedactJson(Encoding.UTF8.GetBytes(json));

        Assert.Equal("""{"name":"t","auth":{"secretKey":"REDACTED","user":{"password":"REDACTED","id":7}},"items":[{"token":"REDACTED"},{"token":null}],"count":2}""", redacted);
    }

    [Fact]
    public void Is_null_for_a_body_that_is_not_json() => Assert.Null(SecretFields.RedactJson(Encoding.UTF8.GetBytes("<html>")));

    [Fact]
    public async Task The_trace_redacts_secret_fields_of_unflagged_requests_and_of_responses()
    {
        await using var server = new ScriptedServer((_, _) => ScriptedResponse.Json(200, """{"credential":{"access":"ak","secret":"RESPONSE-SECRET","securitytoken":"RESPONSE-TOKEN"},"ok":true}"""));
        var trace = new TestTrace();
        var request = new HwCloudRequest(IamService.Instance, "request", HttpMethod.Post, "/v3.0/OS-CREDENTIAL/securitytokens");
        request.SetJsonBody("""{"auth":{"identity":{"methods":["token"],"token":{"id":"REQUEST-TOKEN"}},"duration_seconds":900},"apiKey":"REQUEST-KEY"}""");

        await Send(server, request, FastOptions(trace));

        Assert.DoesNotContain("REQUEST-TOKEN", trace.All);
        Assert.DoesNotContain("REQUEST-KEY", trace.All);
        Assert.DoesNotContain("RESPONSE-SECRET", trace.All);
        Assert.DoesNotContain("RESPONSE-TOKEN", trace.All);
        Assert.Contains("\"duration_seconds\":900", trace.All);
        Assert.Contains("\"ok\":true", trace.All);
    }
}
