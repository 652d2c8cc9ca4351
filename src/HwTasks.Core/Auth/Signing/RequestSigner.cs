using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HwTasks.Core.Auth.Signing
{
    /// <summary>SDK-HMAC-SHA256, the AK/SK signature every Huawei Cloud API gateway verifies.</summary>
    public static class RequestSigner
    {
        public const string Algorithm = "SDK-HMAC-SHA256";
        public const string DateHeader = "X-Sdk-Date";
        public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

        public static string FormatDate(DateTimeOffset time) =>
            time.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

        public static bool TryParseDate(string? value, out DateTimeOffset time) =>
            DateTimeOffset.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

        /// <param name="secretKey">UTF-8 bytes of the SK; the caller owns and clears them.</param>
        public static SigningResult Sign(SigningInput input, string accessKey, byte[] secretKey)
        {
            if (input is null) throw new ArgumentNullException(nameof(input));
            if (string.IsNullOrEmpty(accessKey)) throw new ArgumentException("An access key is required.", nameof(accessKey));
            if (secretKey is null || secretKey.Length == 0) throw new ArgumentException("A secret key is required.", nameof(secretKey));

            // Values are sent trimmed, as they are signed (inner whitespace is kept).
            var headers = new List<KeyValuePair<string, string>>(input.Headers.Count + 4);
            foreach (var h in input.Headers) headers.Add(new KeyValuePair<string, string>(h.Key, (h.Value ?? string.Empty).Trim()));
            var date = Find(headers, DateHeader);
            if (date is null)
            {
                date = FormatDate(input.Timestamp);
                headers.Add(new KeyValuePair<string, string>(DateHeader, date));
            }
            if (Find(headers, "Host") is null) headers.Add(new KeyValuePair<string, string>("Host", input.Host));
            if (NeedsUnsignedPayload(headers, input.Body))
            {
                headers.Add(new KeyValuePair<string, string>(CanonicalRequest.ContentSha256Header, CanonicalRequest.UnsignedPayload));
            }

            var canonical = CanonicalRequest.Create(input.Method, input.Path, input.Query, headers, input.Body);
            var stringToSign = StringToSign(date.Trim(), canonical);
            var signature = ComputeSignature(secretKey, stringToSign);
            var authorization = Algorithm + " Access=" + accessKey + ", SignedHeaders=" + canonical.SignedHeaders + ", Signature=" + signature;
            headers.Add(new KeyValuePair<string, string>("Authorization", authorization));
            return new SigningResult(canonical, stringToSign, signature, authorization, headers);
        }

        internal static string StringToSign(string date, CanonicalRequest canonical) =>
            Algorithm + "\n" + date + "\n" + Hex.Sha256(canonical.Text);

        // One HMAC per thread, keyed anew for each request: the key setter copies the SK bytes into
        // the instance, which the next request's key replaces; the caller clears its own copy.
        [ThreadStatic] private static HMACSHA256? _hmac;

        internal static string ComputeSignature(byte[] secretKey, string stringToSign)
        {
            var hmac = _hmac ??= new HMACSHA256();
            hmac.Key = secretKey;
            return Hex.Lower(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        }

        // A body whose content type is not JSON is not hashed: the gateway accepts UNSIGNED-PAYLOAD for it.
        private static bool NeedsUnsignedPayload(List<KeyValuePair<string, string>> headers, byte[]? body)
        {
            if (body is null || body.Length == 0) return false;
            if (Find(headers, CanonicalRequest.ContentSha256Header) is not null) return false;
            var contentType = Find(headers, "Content-Type");
            return contentType is not null &&
                   !contentType.Trim().StartsWith("application/json", StringComparison.OrdinalIgnoreCase);
        }

        private static string? Find(List<KeyValuePair<string, string>> headers, string name)
        {
            foreach (var h in headers)
            {
                if (string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) return h.Value;
            }
            return null;
        }
    }
}
