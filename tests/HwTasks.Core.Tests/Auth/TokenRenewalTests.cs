using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;
using HwTasks.Core.Tests.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Auth;

public class TokenRenewalTests
{
    [Fact]
    public async Task A_password_target_renews_its_token_when_it_nears_expiry_instead_of_failing()
    {
        var issued = 0;
        // IAM answers tokens that expire within the renewal margin, so each request must renew.
        await using var server = new ScriptedServer((r, _) => r.Path == "/v3/auth/tokens"
            ? new ScriptedResponse
            {
                Status = 201,
                Body = "{\"token\":{\"expires_at\":\"" + DateTimeOffset.UtcNow.AddMinutes(10).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ") +
                       "\",\"project\":{\"id\":\"" + ProjectId + "\",\"name\":\"cn-north-4\"}}}",
                Headers = new() { ["X-Subject-Token"] = "TOKEN-" + Interlocked.Increment(ref issued) },
            }
            : new ScriptedResponse());
        var context = new HwCloudContext(new PasswordCredential("acme", "renew" + Guid.NewGuid().ToString("N")[..6], Secure("Pa55word!")),
            "test", "cn-north-4", null, server.BaseUri);
        var target = await new TargetResolver().ResolveAsync(CloudService.Cdm, new CallSettings { Context = context }, FastOptions(), default);

        await HwCloudClient.Shared.SendAsync(target, Get(), FastOptions(), default);
        await HwCloudClient.Shared.SendAsync(target, Get(), FastOptions(), default);

        var tokens = server.Requests.Where(r => r.Path != "/v3/auth/tokens").Select(r => r.Header("X-Auth-Token")).ToList();
        Assert.Equal(new[] { "TOKEN-2", "TOKEN-3" }, tokens);
    }
}
