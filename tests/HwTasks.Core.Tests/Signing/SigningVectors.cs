using System.Text;
using System.Text.Json;
using HwTasks.Core.Auth.Signing;

namespace HwTasks.Core.Tests.Signing;

/// <summary>The reference vectors produced by the official Python signer (TestData/signing-vectors.json).</summary>
public sealed record SigningVector(
    string Name,
    string Method,
    string Url,
    string ResourcePath,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string Body,
    string AccessKey,
    string SecretKey,
    JsonElement Expected)
{
    public override string ToString() => Name;

    public string Host => new Uri(Url).Authority;

    public SigningInput ToInput()
    {
        var input = new SigningInput(Method, Host, ResourcePath) { Body = Body.Length == 0 ? null : Encoding.UTF8.GetBytes(Body) };
        foreach (var q in Query) input.Query.Add(q);
        foreach (var h in Headers) input.Headers.Add(h);
        return input;
    }

    public string ExpectedField(string name) => Expected.GetProperty(name).GetString()!;

    public static IReadOnlyList<SigningVector> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "signing-vectors.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("vectors").EnumerateArray().Select(Parse).ToList();
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var vector in Load()) data.Add(vector.Name);
        return data;
    }

    public static SigningVector Named(string name) => Load().Single(v => v.Name == name);

    private static SigningVector Parse(JsonElement v) => new(
        v.GetProperty("name").GetString()!,
        v.GetProperty("method").GetString()!,
        v.GetProperty("url").GetString()!,
        v.GetProperty("resource_path").GetString()!,
        v.GetProperty("query_params").EnumerateArray()
            .Select(p => new KeyValuePair<string, string>(p[0].GetString()!, Scalar(p[1]))).ToList(),
        v.GetProperty("headers").EnumerateObject()
            .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToList(),
        v.GetProperty("body").GetString()!,
        v.GetProperty("ak").GetString()!,
        v.GetProperty("sk").GetString()!,
        v.GetProperty("expected").Clone());

    // The vectors hold query values as JSON numbers, booleans or strings; the wire form is their text.
    private static string Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => e.GetRawText(),
    };
}
