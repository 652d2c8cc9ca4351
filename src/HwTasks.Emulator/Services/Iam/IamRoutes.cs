using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Auth;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Services.Iam;

/// <summary>
/// The two IAM calls the module makes: project lookup by region and password login. Not an
/// emulated service like the others: IAM is global (no project in its paths) and is the account
/// directory itself rather than a store per project.
/// </summary>
internal static class IamRoutes
{
    public const string SubjectTokenHeader = "X-Subject-Token";

    /// <summary>How the request log names IAM's requests, beside the services' seed sections.</summary>
    public const string Service = "iam";

    public static void Map(Router router, AccountDirectory accounts, TokenStore tokens)
    {
        router.Map(HttpMethods.Get, "/v3/projects", context =>
        {
            var caller = context.Caller!;
            var name = context.Request.Query["name"];
            var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
            var projects = caller.Account.Projects.Where(p => name.Length == 0 || p.Name == name)
                .Select(p => (JsonNode)ProjectNode(p, caller.Account, baseUrl));
            return Reply.Of(new JsonObject
            {
                ["projects"] = new JsonArray(projects.ToArray()),
                ["links"] = new JsonObject
                {
                    // As ASP.NET Core's QueryString printed itself: the raw query, '#' escaped.
                    ["self"] = baseUrl + "/v3/projects" + context.Request.QueryString.Replace("#", "%23"),
                    ["previous"] = null,
                    ["next"] = null,
                },
            });
        }).OfService(Service);

        // The one call that needs no credentials; its body carries the password.
        router.Map(HttpMethods.Post, "/v3/auth/tokens", async context =>
        {
            PasswordLogin? login;
            try
            {
                login = PasswordLogin.From(await JsonBody.ReadObjectAsync(context));
            }
            catch (JsonException)
            {
                login = null;
            }
            if (login is null)
                return Error(StatusCodes.Status400BadRequest, "Bad Request", "The request body is not a valid password authentication request.");

            var account = accounts.FindByDomainName(login.DomainName);
            var user = account?.Users.FirstOrDefault(u => u.Name == login.UserName);
            if (account is null || user is null || !ConstantTime.AreEqual(user.Password, login.Password))
                return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "The username or password is wrong.");

            var project = account.Projects.FirstOrDefault(p => login.ProjectName is not null ? p.Name == login.ProjectName : p.Id == login.ProjectId);
            if (project is null)
                return Error(StatusCodes.Status400BadRequest, "Bad Request", "The project in the scope does not exist.");

            var (value, token) = tokens.Issue(account, user, project);
            context.Response.Headers.Set(SubjectTokenHeader, value);
            return Reply.Of(TokenNode(token), StatusCodes.Status201Created);
        }).AllowAnonymous().WithSecretBody().OfService(Service);
    }

    private static JsonObject ProjectNode(Project project, Account account, string baseUrl) => new()
    {
        ["id"] = project.Id,
        ["name"] = project.Name,
        ["domain_id"] = account.DomainId,
        ["parent_id"] = account.DomainId,
        ["description"] = "",
        ["enabled"] = true,
        ["is_domain"] = false,
        ["links"] = new JsonObject { ["self"] = $"{baseUrl}/v3/projects/{project.Id}" },
    };

    private static JsonObject TokenNode(IssuedToken token) => new()
    {
        ["token"] = new JsonObject
        {
            ["expires_at"] = IamTime(token.ExpiresAt),
            ["issued_at"] = IamTime(token.IssuedAt),
            ["methods"] = new JsonArray("password"),
            ["project"] = new JsonObject
            {
                ["id"] = token.Project.Id,
                ["name"] = token.Project.Name,
                ["domain"] = new JsonObject { ["id"] = token.Account.DomainId, ["name"] = token.Account.Name },
            },
            ["user"] = new JsonObject
            {
                ["id"] = token.User.Id,
                ["name"] = token.User.Name,
                ["domain"] = new JsonObject { ["id"] = token.Account.DomainId, ["name"] = token.Account.Name },
                ["password_expires_at"] = "",
            },
            ["roles"] = new JsonArray(new JsonObject { ["id"] = "0", ["name"] = "te_admin" }),
            ["catalog"] = new JsonArray(),
        },
    };

    // IAM writes microseconds: 2024-01-04T09:05:22.701000Z.
    private static string IamTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static IReply Error(int status, string title, string message) =>
        Reply.Of(new JsonObject { ["error"] = new JsonObject { ["code"] = status, ["message"] = message, ["title"] = title } }, status);
}
