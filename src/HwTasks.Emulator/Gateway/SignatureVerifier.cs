using HwTasks.Emulator.Auth;

namespace HwTasks.Emulator.Gateway;

/// <summary>
/// The gateway's side of SDK-HMAC-SHA256: recompute the signature from the request as received,
/// using the headers the client says it signed, and compare in constant time. It canonicalizes with
/// the gateway's own rules (<see cref="GatewayCanonicalRequest"/>), never HwTasks.Core's signer, so
/// a mistake in the signer is refused here rather than repeated.
/// </summary>
public sealed class SignatureVerifier
{
    public static readonly TimeSpan DefaultMaximumSkew = TimeSpan.FromMinutes(15);

    private readonly Func<string, VerifierKey?> _lookup;
    private readonly Func<DateTimeOffset> _clock;
    private readonly TimeSpan _maximumSkew;

    public SignatureVerifier(Func<string, VerifierKey?> lookup, Func<DateTimeOffset>? clock = null, TimeSpan? maximumSkew = null)
    {
        _lookup = lookup ?? throw new ArgumentNullException(nameof(lookup));
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
        _maximumSkew = maximumSkew ?? DefaultMaximumSkew;
    }

    /// <param name="path">The request path as received (still percent-encoded).</param>
    /// <param name="rawQuery">The query string as received, with or without the leading '?'.</param>
    public VerificationResult Verify(string method, string path, string? rawQuery,
        IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body)
    {
        var authorization = Header(headers, "Authorization");
        if (string.IsNullOrWhiteSpace(authorization))
            return VerificationResult.Fail(VerificationFailure.MissingAuthorization, "Authorization header is missing.");
        if (!authorization!.StartsWith(SdkHmacSha256.Algorithm + " ", StringComparison.Ordinal))
            return VerificationResult.Fail(VerificationFailure.UnsupportedAlgorithm,
                "Authorization must use the " + SdkHmacSha256.Algorithm + " algorithm.");
        if (!TryParseAuthorization(authorization.Substring(SdkHmacSha256.Algorithm.Length + 1),
                out var accessKey, out var signedHeaders, out var signature))
            return VerificationResult.Fail(VerificationFailure.MalformedAuthorization,
                "Authorization must carry Access, SignedHeaders and Signature.");

        var key = _lookup(accessKey);
        if (key is null)
            return VerificationResult.Fail(VerificationFailure.UnknownAccessKey, "The access key is not recognized.", accessKey);

        var dateText = Header(headers, SdkHmacSha256.DateHeader);
        if (dateText is null)
            return VerificationResult.Fail(VerificationFailure.MissingDate, "X-Sdk-Date header is missing.", accessKey);
        if (!SdkHmacSha256.TryParseDate(dateText, out var date))
            return VerificationResult.Fail(VerificationFailure.MalformedDate, "X-Sdk-Date must be yyyyMMddTHHmmssZ.", accessKey);
        var skew = date - _clock();
        if (skew.Duration() > _maximumSkew)
            return VerificationResult.Fail(VerificationFailure.DateOutOfRange,
                "X-Sdk-Date is more than " + _maximumSkew.TotalMinutes + " minutes from the gateway clock.", accessKey, skew);

        var names = signedHeaders.Split(';');
        if (!names.Contains("host") || !names.Contains("x-sdk-date"))
            return VerificationResult.Fail(VerificationFailure.SignedHeaderMissing, "SignedHeaders must include host and x-sdk-date.", accessKey, skew);
        foreach (var name in names)
        {
            if (Header(headers, name) is null)
                return VerificationResult.Fail(VerificationFailure.SignedHeaderMissing, "Signed header '" + name + "' is not in the request.", accessKey, skew);
        }

        if (key.SecurityToken is not null)
        {
            var token = Header(headers, "X-Security-Token");
            if (token is null || !names.Contains("x-security-token") || !ConstantTime.AreEqual(token.Trim(), key.SecurityToken))
                return VerificationResult.Fail(VerificationFailure.SecurityTokenMismatch,
                    "The security token is missing, unsigned or does not belong to the access key.", accessKey, skew);
        }

        if (!IsLowerSortedUnique(names))
            return VerificationResult.Fail(VerificationFailure.MalformedAuthorization, "SignedHeaders must be lower-case, sorted and unique.", accessKey, skew);

        var canonical = GatewayCanonicalRequest.Build(method, path, GatewayCanonicalRequest.ParseQuery(rawQuery), headers, names, body);
        var expected = SdkHmacSha256.Signature(key.SecretKey, SdkHmacSha256.StringToSign(SigningText.TrimValue(dateText), canonical));
        return ConstantTime.AreEqual(expected, signature)
            ? VerificationResult.Valid(accessKey, skew)
            : VerificationResult.Fail(VerificationFailure.SignatureMismatch, "The request signature does not match.", accessKey, skew);
    }

    private static bool TryParseAuthorization(string text, out string accessKey, out string signedHeaders, out string signature)
    {
        accessKey = signedHeaders = signature = string.Empty;
        foreach (var part in text.Split(','))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0) return false;
            var name = part.Substring(0, eq).Trim();
            var value = part.Substring(eq + 1).Trim();
            switch (name)
            {
                case "Access": accessKey = value; break;
                case "SignedHeaders": signedHeaders = value; break;
                case "Signature": signature = value; break;
                default: return false;
            }
        }
        return accessKey.Length > 0 && signedHeaders.Length > 0 && signature.Length > 0;
    }

    private static string? Header(IReadOnlyList<KeyValuePair<string, string>> headers, string name) => GatewayCanonicalRequest.ValueOf(headers, name);

    private static bool IsLowerSortedUnique(string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (SigningText.AsciiLower(names[i]) != names[i]) return false;
            if (i > 0 && string.CompareOrdinal(names[i - 1], names[i]) >= 0) return false;
        }
        return true;
    }
}
