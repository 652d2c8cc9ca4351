using System.Text;
using HwTasks.Emulator.Gateway;

namespace HwTasks.Core.Tests.Signing;

/// <summary>
/// The client's steps of SDK-HMAC-SHA256 written from the signing rules (docs: API.md §5) on top of
/// the emulator gateway's canonicalization, sharing no code with HwTasks.Core's signer: what the
/// signer is checked against.
/// </summary>
public static class ReferenceSigner
{
    public sealed record Signed(string CanonicalRequest, string StringToSign, string Authorization, IReadOnlyList<KeyValuePair<string, string>> Headers);

    /// <param name="wirePath">The path as it goes on the wire (percent-encoded).</param>
    /// <param name="query">The query's decoded pairs, a repeated key once per value.</param>
    /// <param name="headers">The headers handed to the signer, in order.</param>
    public static Signed Sign(string method, string host, string wirePath, IEnumerable<KeyValuePair<string, string>> query,
        IEnumerable<KeyValuePair<string, string>> headers, byte[]? body, DateTimeOffset time, string accessKey, string secretKey)
    {
        var fields = OneFieldPerName(headers);
        if (GatewayCanonicalRequest.ValueOf(fields, SdkHmacSha256.DateHeader) is null) fields.Add(new(SdkHmacSha256.DateHeader, SdkHmacSha256.FormatDate(time)));
        if (GatewayCanonicalRequest.ValueOf(fields, "Host") is null) fields.Add(new("Host", host));
        // A body that is not JSON is not hashed; the header that says so is signed with the rest.
        if (body is { Length: > 0 } && GatewayCanonicalRequest.ValueOf(fields, "Content-Type") is { } type &&
            !SigningText.AsciiLower(type).StartsWith("application/json", StringComparison.Ordinal) &&
            GatewayCanonicalRequest.ValueOf(fields, GatewayCanonicalRequest.ContentSha256Header) is null)
        {
            fields.Add(new(GatewayCanonicalRequest.ContentSha256Header, GatewayCanonicalRequest.UnsignedPayload));
        }

        var names = fields.Select(f => SigningText.AsciiLower(f.Key)).Where(n => !n.Contains('_')).ToList();
        names.Sort(string.CompareOrdinal);
        var canonical = GatewayCanonicalRequest.Build(method, wirePath, query, fields, names, body);
        var stringToSign = SdkHmacSha256.StringToSign(GatewayCanonicalRequest.ValueOf(fields, SdkHmacSha256.DateHeader)!, canonical);
        var signature = SdkHmacSha256.Signature(Encoding.UTF8.GetBytes(secretKey), stringToSign);
        var authorization = $"{SdkHmacSha256.Algorithm} Access={accessKey}, SignedHeaders={string.Join(";", names)}, Signature={signature}";
        fields.Add(new("Authorization", authorization));
        return new Signed(canonical, stringToSign, authorization, fields);
    }

    // Values are sent trimmed, as signed. A name given twice (in any case) is one field whose value
    // is the values joined by ',', which is what a gateway receiving both reads (RFC 9110 §5.3).
    private static List<KeyValuePair<string, string>> OneFieldPerName(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var header in headers)
        {
            var value = SigningText.TrimValue(header.Value);
            var at = fields.FindIndex(f => SigningText.AsciiLower(f.Key) == SigningText.AsciiLower(header.Key));
            if (at < 0) fields.Add(new(header.Key, value));
            else fields[at] = new(fields[at].Key, fields[at].Value + "," + value);
        }
        return fields;
    }
}
