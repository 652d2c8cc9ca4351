using System.Text.Json.Nodes;

namespace HwTasks.Emulator.Services.Iam;

/// <summary>The parts of an IAM password-identity token request; the password never leaves this object.</summary>
internal sealed record PasswordLogin(string DomainName, string UserName, string Password, string? ProjectName, string? ProjectId)
{
    public override string ToString() => $"PasswordLogin {{ DomainName = {DomainName}, UserName = {UserName} }}";

    /// <returns>Null when the body is not a password identity scoped to a project.</returns>
    public static PasswordLogin? From(JsonObject? body)
    {
        var identity = body?["auth"]?["identity"];
        var methods = identity?["methods"] as JsonArray;
        if (methods is null || !methods.Any(m => m?.GetValueKind() == System.Text.Json.JsonValueKind.String && m.GetValue<string>() == "password"))
            return null;
        var user = identity?["password"]?["user"];
        var domainName = Text(user?["domain"]?["name"]);
        var userName = Text(user?["name"]);
        var password = Text(user?["password"]);
        var project = body?["auth"]?["scope"]?["project"];
        var projectName = Text(project?["name"]);
        var projectId = Text(project?["id"]);
        if (domainName is null || userName is null || password is null || (projectName is null && projectId is null)) return null;
        return new PasswordLogin(domainName, userName, password, projectName, projectId);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : null;
}
