using System.Text;
using FsCheck;
using FsCheck.Fluent;
using HwTasks.Core.Auth.Signing;
using HwTasks.Tests.Shared;
using HwTasks.Emulator.Gateway;

namespace HwTasks.Core.Tests.Signing;

/// <summary>
/// HwTasks.Core's signer against the reference written from the signing rules, over random
/// requests: the signature, the canonical request and every header sent must be the reference's,
/// and the emulator gateway must accept the request as it goes on the wire. A subclass with
/// [UseCulture] runs them in that culture.
/// </summary>
public class SignerPropertyTests
{
    private const string AccessKey = "AKPROPERTY0123456789";
    private const string SecretKey = "SKproperty/secret+key=0123456789abcdef";

    private const int RequestsPerCheck = 400;

    /// <summary>Each random request signed by both must match, and verify at the gateway; the row publishes what ran.</summary>
    [Fact]
    public void Signs_as_the_reference_does_and_the_gateway_accepts_it()
    {
        CheckEvery(SignsAsTheReferenceDoes);
        CheckEvery(TheGatewayAcceptsWhatIsSigned);
        ReliabilityTable.Record("Signing against a reference",
            "random requests (methods in any case; paths with characters to encode, %2F and empty segments; query keys differing only in case, " +
            "repeated keys, empty values, characters above U+FFFF; header names in mixed case and repeated, values padded with spaces and tabs; bodies) " +
            "signed by HwTasks.Core and by a reference written from the signing rules (the emulator gateway's own), in the invariant culture and in tr-TR, th-TH and ar-SA",
            2 * RequestsPerCheck,
            "the same canonical request, signature and headers sent; the gateway accepted every one");
    }

    // FsCheck runs each request inside this test, so the culture a subclass declares applies to all of them.
    private static void CheckEvery(Action<RandomRequest> property) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(RequestsPerCheck), Prop.ForAll(RandomRequests.Requests(), property));

    private static void SignsAsTheReferenceDoes(RandomRequest request)
    {
        var signed = RequestSigner.Sign(request.ToInput(), AccessKey, Encoding.UTF8.GetBytes(SecretKey));
        var reference = request.SignWithReference(AccessKey, SecretKey);

        Assert.Equal(reference.CanonicalRequest, signed.Canonical.Text);
        Assert.Equal(reference.StringToSign, signed.StringToSign);
        Assert.Equal(reference.Authorization, signed.Authorization);
        Assert.Equal(Sorted(reference.Headers), Sorted(signed.FinalHeaders));
    }

    private static void TheGatewayAcceptsWhatIsSigned(RandomRequest request)
    {
        var signed = RequestSigner.Sign(request.ToInput(), AccessKey, Encoding.UTF8.GetBytes(SecretKey));
        var verifier = new SignatureVerifier(ak => ak == AccessKey ? new VerifierKey(Encoding.UTF8.GetBytes(SecretKey)) : null, () => request.Time);

        var result = verifier.Verify(request.Method, request.WirePath, request.WireQueryInGivenOrder(), AsReceived(signed.FinalHeaders), request.Body);

        Assert.True(result.IsValid, result.Message);
    }

    // A server reads a field sent twice as one, its values joined by ',' (the emulator's HTTP layer does so).
    private static List<KeyValuePair<string, string>> AsReceived(IEnumerable<KeyValuePair<string, string>> sent)
    {
        var received = new List<KeyValuePair<string, string>>();
        foreach (var field in sent)
        {
            var at = received.FindIndex(r => string.Equals(r.Key, field.Key, StringComparison.OrdinalIgnoreCase));
            if (at < 0) received.Add(field);
            else received[at] = new(received[at].Key, received[at].Value + "," + field.Value);
        }
        return received;
    }

    private static List<KeyValuePair<string, string>> Sorted(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.OrderBy(h => h.Key, StringComparer.Ordinal).ThenBy(h => h.Value, StringComparer.Ordinal).ToList();
}

/// <summary>One random request: what the HTTP layer hands the signer.</summary>
public sealed record RandomRequest(
    string Method, string Host, string WirePath,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body, DateTimeOffset Time)
{
    public SigningInput ToInput()
    {
        var input = new SigningInput(Method, Host, WirePath) { Body = Body, Timestamp = Time };
        foreach (var pair in Query) input.Query.Add(pair);
        foreach (var header in Headers) input.Headers.Add(header);
        return input;
    }

    public ReferenceSigner.Signed SignWithReference(string accessKey, string secretKey) =>
        ReferenceSigner.Sign(Method, Host, WirePath, Query, Headers, Body, Time, accessKey, secretKey);

    /// <summary>The pairs encoded but not sorted: the gateway must sort them itself.</summary>
    public string WireQueryInGivenOrder() =>
        string.Join("&", Query.Select(p => SigningText.PercentEncode(p.Key) + "=" + SigningText.PercentEncode(p.Value)));

    public override string ToString() =>
        $"{Method} {WirePath} ? [{string.Join(", ", Query.Select(q => q.Key + "=" + q.Value))}] " +
        $"headers [{string.Join(", ", Headers.Select(h => h.Key + ":'" + h.Value + "'"))}] body {Body?.Length ?? 0} bytes";
}

/// <summary>
/// Requests made of the parts where canonicalization goes wrong: keys and names differing only in
/// case (and an 'I', which some cultures lower-case to 'ı'), repeats, empty values, characters that
/// need encoding (above U+FFFF too), whitespace around and inside header values.
/// </summary>
public static class RandomRequests
{
    private static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "get", "Post", "options" };
    private static readonly string[] Hosts = { "cdm.cn-north-4.myhuaweicloud.com", "127.0.0.1:8443", "Dayu.EXAMPLE.com" };
    private static readonly string[] PathPieces =
        { "v1.1", "project", "a", "B", "job_1", "x-y", "~z", " ", "a b", "%", "+", ":", "@", "!", "(1)", "é", "中文", "😀", "\uFF01", "%2F", "/", "" };
    private static readonly string[] QueryKeys =
        { "a", "A", "b", "B", "limit", "Limit", "LIMIT", "id", "Id", "ID", "x y", "a+b", "k=v", "&", "é", "E", "😀", "\uFF01", "_", "~" };
    private static readonly string[] QueryValues =
        { "", "", "1", "10", "2", "A", "a", "two words", "%", "+", "=", "&", "é", "中", "😀", "\uFF01", "true", "~.-_" };
    private static readonly string[] HeaderNames =
        { "X-Project-Id", "x-project-id", "X-PROJECT-ID", "Content-Type", "content-type", "User-Agent", "workspace", "Workspace",
          "X-Custom-Header", "x-ALT-case", "X_Underscore", "X-Image-Id", "X-Tİtle" };
    private static readonly string[] HeaderValues =
        { "0123456789abcdef", "  padded  ", "\ttabbed\t", "inner   spaces", "", " ", "application/json", "application/json;charset=UTF-8",
          "text/plain", "application/octet-stream", "Value", "é中", "a,b" };

    public static Arbitrary<RandomRequest> Requests() => Arb.From(
        from method in Gen.Elements(Methods)
        from host in Gen.Elements(Hosts)
        from segments in Gen.ListOf(Gen.ListOf(Gen.Elements(PathPieces)).Select(p => string.Concat(p.Take(3))))
        from trailingSlash in Gen.Elements(true, false)
        from encodeAll in Gen.Elements(true, false)
        from query in Gen.ListOf(Pair(QueryKeys, QueryValues))
        from headers in Gen.ListOf(Pair(HeaderNames, HeaderValues))
        from body in Gen.OneOf(Gen.Constant<byte[]?>(null), Gen.Constant<byte[]?>(Array.Empty<byte>()),
                               Gen.ListOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(b => (byte[]?)b.ToArray()))
        from seconds in Gen.Choose(0, 400_000_000)
        select new RandomRequest(method, host, WirePath(segments.Take(6), trailingSlash, encodeAll),
            query.Take(8).ToList(), headers.Take(8).ToList(), body, DateTimeOffset.FromUnixTimeSeconds(1_500_000_000L + seconds)));

    private static Gen<KeyValuePair<string, string>> Pair(string[] keys, string[] values) =>
        from key in Gen.Elements(keys)
        from value in Gen.Elements(values)
        select new KeyValuePair<string, string>(key, value);

    // A segment goes on the wire percent-encoded; the characters a URL path may carry as they are
    // (letters, digits, "-._~:@!()+") are sometimes left so, as a server would receive them.
    private static string WirePath(IEnumerable<string> segments, bool trailingSlash, bool encodeAll)
    {
        var path = "/" + string.Join("/", segments.Select(s => encodeAll ? SigningText.PercentEncode(s) : KeepPathCharacters(s)));
        return trailingSlash && !path.EndsWith('/') ? path + "/" : path;
    }

    private static string KeepPathCharacters(string segment) =>
        string.Concat(segment.EnumerateRunes().Select(r =>
            r.IsAscii && (char.IsAsciiLetterOrDigit((char)r.Value) || "-._~:@!()+".Contains((char)r.Value)) ? r.ToString() : SigningText.PercentEncode(r.ToString())));
}
