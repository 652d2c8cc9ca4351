using System.Text.Json;
using System.Text.Json.Nodes;

namespace HwTasks.Emulator.Tests.Infrastructure;

internal static class Json
{
    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        (JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject)
        ?? throw new Xunit.Sdk.XunitException("The response body is not a JSON object.");

    public static JsonValueKind Kind(this JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    public static string RequestId(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Request-Id", out var values) ? values.Single() : "";

    /// <summary>Asserts the status and a JSON error body carrying <paramref name="codeField"/> = <paramref name="code"/>.</summary>
    public static async Task<JsonObject> AssertErrorAsync(this HttpResponseMessage response, int status, string codeField, string code)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", response.RequestId());
        var body = await response.ReadObjectAsync();
        Assert.Equal(code, (string?)body[codeField]);
        return body;
    }
}
