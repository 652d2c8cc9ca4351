using HwTasks.Core.Services.Cdm;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Errors;
using HwTasks.Core.Http;
using HwTasks.Core.Tests.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Auth;

/// <summary>IAM tokens of password credentials: keyed by the secret, renewed once, shared by concurrent callers.</summary>
public class TokenRenewalTests
{
    private const string TokenPath = "/v3/auth/tokens";

    /// <summary>An IAM that issues TOKEN-1, TOKEN-2... living <paramref name="lifetime"/>, accepting one password.</summary>
    private static ScriptedServer Iam(TimeSpan lifetime, Func<ReceivedRequest, ScriptedResponse>? service = null, string password = "Pa55word!",
        TimeSpan? tokenDelay = null)
    {
        var issued = 0;
        return new ScriptedServer((r, _) =>
        {
            if (r.Path != TokenPath) return service?.Invoke(r) ?? new ScriptedResponse();
            if (!r.BodyText.Contains("\"password\":\"" + password + "\"", StringComparison.Ordinal))
                return ScriptedResponse.Json(401, "{\"error\":{\"code\":401,\"message\":\"The username or password is wrong.\"}}");
            var now = DateTimeOffset.UtcNow;
            return new ScriptedResponse
            {
                Status = 201,
                Delay = tokenDelay ?? TimeSpan.Zero,
                Body = "{\"token\":{\"issued_at\":\"" + IamTime(now) + "\",\"expires_at\":\"" + IamTime(now + lifetime) +
                       "\",\"project\":{\"id\":\"" + ProjectId + "\",\"name\":\"cn-north-4\"}}}",
                Headers = new() { ["X-Subject-Token"] = "TOKEN-" + Interlocked.Increment(ref issued), ["Content-Type"] = "application/json" },
            };
        });
    }

    private static string IamTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ");

    private static HwCloudContext Context(ScriptedServer server, string user, string password = "Pa55word!") =>
        new(new PasswordCredential("acme", user, Secure(password)), "test", "cn-north-4", null, server.BaseUri);

    private static string NewUser() => "user" + Guid.NewGuid().ToString("N")[..8];

    private static Task<ServiceTarget> Resolve(HwCloudContext context) =>
        new TargetResolver().ResolveAsync(CdmService.Instance, new TargetSettings { Context = context }, FastOptions(), default);

    private static List<string?> ServiceTokens(ScriptedServer server) =>
        server.Requests.Where(r => r.Path != TokenPath).Select(r => r.Header("X-Auth-Token")).ToList();

    private static int TokenRequests(ScriptedServer server) => server.Requests.Count(r => r.Path == TokenPath);

    [Fact]
    public async Task A_wrong_password_never_reuses_the_token_a_right_password_got()
    {
        await using var server = Iam(TimeSpan.FromHours(24));
        var user = NewUser();
        await HwCloudClient.Shared.SendAsync(await Resolve(Context(server, user)), Get(), FastOptions(), default);

        var wrong = await Assert.ThrowsAsync<HwCloudException>(() => Resolve(Context(server, user, "guessed")));

        Assert.Equal(401, wrong.StatusCode);
        Assert.Equal(2, TokenRequests(server));
        Assert.Equal(new[] { "TOKEN-1" }, ServiceTokens(server));
    }

    [Fact]
    public async Task A_token_living_ten_minutes_is_fetched_once_for_ten_calls()
    {
        await using var server = Iam(TimeSpan.FromMinutes(10));
        var context = Context(server, NewUser());

        for (var i = 0; i < 10; i++)
            await HwCloudClient.Shared.SendAsync(await Resolve(context), Get(), FastOptions(), default);

        Assert.Equal(1, TokenRequests(server));
        Assert.All(ServiceTokens(server), t => Assert.Equal("TOKEN-1", t));
    }

    [Fact]
    public async Task A_token_past_its_renewal_point_is_renewed_before_the_next_attempt()
    {
        // Issued with no life left: every use must fetch a new one instead of sending a dead token.
        await using var server = Iam(TimeSpan.Zero);
        var target = await Resolve(Context(server, NewUser()));

        await HwCloudClient.Shared.SendAsync(target, Get(), FastOptions(), default);
        await HwCloudClient.Shared.SendAsync(target, Get(), FastOptions(), default);

        Assert.Equal(new[] { "TOKEN-2", "TOKEN-3" }, ServiceTokens(server));
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        await using var server = Iam(TimeSpan.FromHours(24), tokenDelay: TimeSpan.FromMilliseconds(300));
        var context = Context(server, NewUser());

        var targets = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Resolve(context))));
        await Task.WhenAll(targets.Select(t => HwCloudClient.Shared.SendAsync(t, Get(), FastOptions(), default)));

        Assert.Equal(1, TokenRequests(server));
        Assert.Equal(16, ServiceTokens(server).Count(t => t == "TOKEN-1"));
    }

    [Fact]
    public async Task A_refused_token_is_replaced_once_and_the_request_sent_again()
    {
        // The service refuses TOKEN-1 (revoked, or expired on its clock) and accepts TOKEN-2.
        await using var server = Iam(TimeSpan.FromHours(24), r => r.Header("X-Auth-Token") == "TOKEN-1"
            ? ScriptedResponse.Json(401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: token expired\"}")
            : new ScriptedResponse());
        var target = await Resolve(Context(server, NewUser()));

        var response = await HwCloudClient.Shared.SendAsync(target, Start(), FastOptions(retries: 0), default);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(new[] { "TOKEN-1", "TOKEN-2" }, ServiceTokens(server));
        // The renewed token serves later calls; the refused one is never sent again.
        await HwCloudClient.Shared.SendAsync(target, Get(), FastOptions(), default);
        Assert.Equal("TOKEN-2", ServiceTokens(server).Last());
    }

    [Fact]
    public async Task A_second_refusal_is_the_error_not_a_loop()
    {
        await using var server = Iam(TimeSpan.FromHours(24), _ =>
            ScriptedResponse.Json(401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information\"}"));
        var target = await Resolve(Context(server, NewUser()));

        var refused = await Assert.ThrowsAsync<HwCloudException>(() => HwCloudClient.Shared.SendAsync(target, Get(), FastOptions(), default));

        Assert.Equal(401, refused.StatusCode);
        Assert.Equal(new[] { "TOKEN-1", "TOKEN-2" }, ServiceTokens(server));
    }

    [Fact]
    public async Task Forgetting_a_credential_leaves_other_credentials_tokens_cached()
    {
        await using var server = Iam(TimeSpan.FromHours(24));
        var mine = Context(server, NewUser());
        var theirs = Context(server, NewUser());
        var myTarget = await Resolve(mine);
        var theirTarget = await Resolve(theirs);

        // The next request with a forgotten credential asks IAM again; the other credential does not.
        TargetResolver.Forget(mine.Credential);
        await HwCloudClient.Shared.SendAsync(myTarget, Get(), FastOptions(), default);
        await HwCloudClient.Shared.SendAsync(theirTarget, Get(), FastOptions(), default);

        Assert.Equal(3, TokenRequests(server));
    }

    [Fact]
    public async Task The_token_cases_are_published()
    {
        var cases = await HwTasks.Tests.Shared.PublishedCases.RunAllAsync(this, nameof(The_token_cases_are_published));
        HwTasks.Tests.Shared.ReliabilityTable.Record("IAM token cache",
            "a wrong password after a right one, a 10-minute token over 10 calls, a token with no life left, 16 concurrent first calls, " +
            "a service refusing the token once and twice, one credential forgotten beside another",
            cases, "tokens keyed by a keyed hash of the whole credential; one token request for 10 calls and for 16 concurrent callers; " +
               "a refused token replaced once, a second refusal the error; forgetting one credential leaves the others");
    }
}
