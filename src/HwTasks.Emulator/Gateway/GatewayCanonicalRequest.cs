using System.Security.Cryptography;
using System.Text;

namespace HwTasks.Emulator.Gateway;

/// <summary>
/// The canonical request the gateway rebuilds from a request as received, with its own rules
/// (<see cref="SigningText"/>): METHOD, URI, QUERY, "name:value\n" per signed header, the signed
/// names, the payload hash, joined by "\n".
/// </summary>
public static class GatewayCanonicalRequest
{
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";
    public const string ContentSha256Header = "X-Sdk-Content-Sha256";

    /// <param name="wirePath">The path as received, still percent-encoded.</param>
    /// <param name="query">The query's pairs, decoded, in any order.</param>
    /// <param name="headers">The header fields as received (a repeated field already one value).</param>
    /// <param name="signedNames">The lower-case names the client says it signed, in its order.</param>
    public static string Build(string method, string wirePath, IEnumerable<KeyValuePair<string, string>> query,
        IReadOnlyList<KeyValuePair<string, string>> headers, IReadOnlyList<string> signedNames, byte[]? body)
    {
        var text = new StringBuilder();
        text.Append(SigningText.AsciiUpper(method)).Append('\n');
        text.Append(Uri(wirePath)).Append('\n');
        text.Append(Query(query)).Append('\n');
        foreach (var name in signedNames) text.Append(name).Append(':').Append(SigningText.TrimValue(ValueOf(headers, name) ?? "")).Append('\n');
        text.Append('\n');
        text.Append(string.Join(";", signedNames)).Append('\n');
        text.Append(PayloadHash(headers, body));
        return text.ToString();
    }

    /// <summary>The whole path decoded, split on '/', each segment encoded, and a '/' at the end.</summary>
    public static string Uri(string wirePath)
    {
        var segments = SigningText.PercentDecode(wirePath).Split('/').Select(SigningText.PercentEncode);
        var uri = string.Join("/", segments);
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    /// <summary>Pairs sorted by key, then value (code points of the decoded text), each "key=value" encoded, joined by '&amp;'.</summary>
    public static string Query(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var sorted = pairs.ToList();
        sorted.Sort((a, b) =>
        {
            var byKey = SigningText.CompareCodePoints(a.Key, b.Key);
            return byKey != 0 ? byKey : SigningText.CompareCodePoints(a.Value, b.Value);
        });
        return string.Join("&", sorted.Select(p => SigningText.PercentEncode(p.Key) + "=" + SigningText.PercentEncode(p.Value)));
    }

    /// <summary>"a=1&amp;b=&amp;c" as received into decoded pairs ("c" has the empty value).</summary>
    public static List<KeyValuePair<string, string>> ParseQuery(string? rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrEmpty(rawQuery)) return pairs;
        foreach (var part in rawQuery.TrimStart('?').Split('&'))
        {
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=');
            pairs.Add(eq < 0
                ? new(SigningText.PercentDecode(part), "")
                : new(SigningText.PercentDecode(part[..eq]), SigningText.PercentDecode(part[(eq + 1)..])));
        }
        return pairs;
    }

    /// <summary>
    /// Hex SHA-256 of the body; the empty body's hash when there is none; UNSIGNED-PAYLOAD when the
    /// client said so in X-Sdk-Content-Sha256 for a body.
    /// </summary>
    public static string PayloadHash(IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body)
    {
        if (body is null || body.Length == 0) return SigningText.LowerHex(SHA256.HashData(Array.Empty<byte>()));
        if (ValueOf(headers, ContentSha256Header) is { } declared && SigningText.TrimValue(declared) == UnsignedPayload) return UnsignedPayload;
        return SigningText.LowerHex(SHA256.HashData(body));
    }

    public static string? ValueOf(IReadOnlyList<KeyValuePair<string, string>> headers, string name)
    {
        var lower = SigningText.AsciiLower(name);
        foreach (var header in headers)
        {
            if (SigningText.AsciiLower(header.Key) == lower) return header.Value;
        }
        return null;
    }
}
