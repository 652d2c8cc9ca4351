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

            var headers = OneFieldPerName(input.Headers);
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

            var text = CanonicalText.Rent();
            try
            {
                var signedHeaders = CanonicalRequest.AppendText(text.Builder, input.Method, input.Path, input.Query, headers, input.Body);
                var trimmedDate = date.Trim();
                var canonicalHash = text.Sha256();
                var signature = text.Signature(secretKey, trimmedDate, canonicalHash);
                var authorization = string.Concat(Algorithm + " Access=", accessKey, ", SignedHeaders=" + signedHeaders, ", Signature=" + signature);
                var signedCount = headers.Count;
                headers.Add(new KeyValuePair<string, string>("Authorization", authorization));
                return new SigningResult(input, headers, signedCount, trimmedDate, canonicalHash, signature, authorization);
            }
            finally
            {
                text.Return();
            }
        }

        internal static string StringToSign(string date, CanonicalRequest canonical) => StringToSign(date, Hex.Sha256(canonical.Text));

        internal static string StringToSign(string date, byte[] canonicalHash) => StringToSign(date, Hex.Lower(canonicalHash));

        private static string StringToSign(string date, string canonicalHash) => Algorithm + "\n" + date + "\n" + canonicalHash;

        // One HMAC per thread. Keying it costs more than the hash (the native context is made anew),
        // so it is keyed again only when the SK differs from the one it holds: a session signs with
        // one key. The instance keeps the key between requests as it did before this check; the
        // copy compared against lives as long, and the caller clears its own.
        [ThreadStatic] private static HMACSHA256? _hmac;
        [ThreadStatic] private static byte[]? _hmacKey;

        internal static string ComputeSignature(byte[] secretKey, string stringToSign) =>
            Hex.Lower(KeyedHmac(secretKey).ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));

        /// <summary>This thread's HMAC, holding <paramref name="secretKey"/>.</summary>
        internal static HMACSHA256 KeyedHmac(byte[] secretKey)
        {
            var hmac = _hmac ??= new HMACSHA256();
            if (_hmacKey is null || !SameBytes(_hmacKey, secretKey))
            {
                hmac.Key = secretKey;
                if (_hmacKey is not null) Array.Clear(_hmacKey, 0, _hmacKey.Length);
                _hmacKey = (byte[])secretKey.Clone();
            }
            return hmac;
        }

        // Every byte is compared whatever the first difference: the time says nothing of the key.
        private static bool SameBytes(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            var difference = 0;
            for (var i = 0; i < a.Length; i++) difference |= a[i] ^ b[i];
            return difference == 0;
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

        // Values are sent trimmed, as they are signed (inner whitespace is kept). A name given twice
        // (in any case) becomes one field of the values joined by ',': what a server reads from both
        // fields, so what is signed is what the gateway sees.
        private static List<KeyValuePair<string, string>> OneFieldPerName(IList<KeyValuePair<string, string>> given)
        {
            var headers = new List<KeyValuePair<string, string>>(given.Count + 4);
            foreach (var h in given)
            {
                var value = (h.Value ?? string.Empty).Trim();
                var at = headers.FindIndex(f => string.Equals(f.Key, h.Key, StringComparison.OrdinalIgnoreCase));
                if (at < 0) headers.Add(new KeyValuePair<string, string>(h.Key, value));
                else headers[at] = new KeyValuePair<string, string>(headers[at].Key, headers[at].Value + "," + value);
            }
            return headers;
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
