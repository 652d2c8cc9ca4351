using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HwTasks.Core.Auth.Signing
{
    /// <summary>
    /// The pieces SDK-HMAC-SHA256 hashes, built the same way by the signer (client) and the
    /// verifier (gateway). Kept as separate fields so tests can compare each against the vectors.
    /// </summary>
    public sealed class CanonicalRequest
    {
        public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        public const string UnsignedPayload = "UNSIGNED-PAYLOAD";
        public const string ContentSha256Header = "X-Sdk-Content-Sha256";

        private CanonicalRequest(string method, string uri, string query, string headers, string signedHeaders, string payloadHash)
        {
            Method = method;
            Uri = uri;
            Query = query;
            Headers = headers;
            SignedHeaders = signedHeaders;
            PayloadHash = payloadHash;
            Text = string.Join("\n", method, uri, query, headers, signedHeaders, payloadHash);
        }

        public string Method { get; }
        public string Uri { get; }
        public string Query { get; }
        /// <summary>"name:value\n" per signed header; ends with "\n".</summary>
        public string Headers { get; }
        public string SignedHeaders { get; }
        public string PayloadHash { get; }
        public string Text { get; }

        /// <summary>
        /// Builds the canonical request. <paramref name="headers"/> are every header that will be
        /// on the wire; those named in <paramref name="signedHeaderNames"/> (or, when null, every
        /// header whose name has no '_') are signed.
        /// </summary>
        public static CanonicalRequest Create(
            string method,
            string path,
            IEnumerable<KeyValuePair<string, string>> query,
            IReadOnlyList<KeyValuePair<string, string>> headers,
            byte[]? body,
            IReadOnlyCollection<string>? signedHeaderNames = null)
        {
            var signed = SelectSignedHeaders(headers, signedHeaderNames);
            return new CanonicalRequest(
                method.ToUpperInvariant(),
                BuildUri(path),
                BuildQuery(query),
                Appended(signed, AppendHeaders),
                Appended(signed, AppendSignedNames),
                PayloadHashFor(headers, body));
        }

        /// <summary>
        /// Appends the whole canonical request (the <see cref="Text"/> that <see cref="Create"/>
        /// makes, from the same pieces) to <paramref name="text"/>, and returns its signed-headers
        /// line: the signer hashes the text without making the six strings of the parts.
        /// </summary>
        internal static string AppendText(StringBuilder text, string method, string path, IEnumerable<KeyValuePair<string, string>> query,
            IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body)
        {
            var signed = SelectSignedHeaders(headers, null);
            foreach (var c in method) text.Append(char.ToUpperInvariant(c));
            text.Append('\n');
            AppendUri(text, path);
            text.Append('\n');
            AppendQuery(text, query);
            text.Append('\n');
            AppendHeaders(text, signed);
            text.Append('\n');
            var namesStart = text.Length;
            AppendSignedNames(text, signed);
            var signedNames = text.ToString(namesStart, text.Length - namesStart);
            text.Append('\n').Append(PayloadHashFor(headers, body));
            return signedNames;
        }

        private static string Appended(List<KeyValuePair<string, string>> signed, Action<StringBuilder, List<KeyValuePair<string, string>>> append)
        {
            var text = new StringBuilder(256);
            append(text, signed);
            return text.ToString();
        }

        // "name:value\n" per signed header.
        private static void AppendHeaders(StringBuilder text, List<KeyValuePair<string, string>> signed)
        {
            foreach (var header in signed) text.Append(header.Key).Append(':').Append(header.Value.Trim()).Append('\n');
        }

        private static void AppendSignedNames(StringBuilder text, List<KeyValuePair<string, string>> signed)
        {
            for (var i = 0; i < signed.Count; i++)
            {
                if (i > 0) text.Append(';');
                text.Append(signed[i].Key);
            }
        }

        /// <summary>
        /// Percent-decode the whole path, then split on '/', encode each segment, always end with '/'.
        /// Decoding first is what the official signer and the gateway do: a "%2F" inside a path
        /// parameter is a '/' for the signature, so "a%2Fb" signs as the two segments "a" and "b".
        /// </summary>
        public static string BuildUri(string path)
        {
            var text = new StringBuilder((path?.Length ?? 0) + 8);
            AppendUri(text, path);
            return text.ToString();
        }

        private static void AppendUri(StringBuilder text, string? path)
        {
            var start = text.Length;
            if (!string.IsNullOrEmpty(path))
            {
                var decoded = SdkEncoding.Decode(path!);
                for (var from = 0; ; )
                {
                    var slash = decoded.IndexOf('/', from);
                    var end = slash < 0 ? decoded.Length : slash;
                    SdkEncoding.Append(text, decoded, from, end - from);
                    if (slash < 0) break;
                    text.Append('/');
                    from = slash + 1;
                }
            }
            if (text.Length == start || text[text.Length - 1] != '/') text.Append('/');
        }

        /// <summary>Sort by raw key then raw value (code points), encode both; an empty value is "key=".</summary>
        public static string BuildQuery(IEnumerable<KeyValuePair<string, string>> query)
        {
            var text = new StringBuilder();
            AppendQuery(text, query);
            return text.ToString();
        }

        private static void AppendQuery(StringBuilder text, IEnumerable<KeyValuePair<string, string>> query)
        {
            var pairs = new List<KeyValuePair<string, string>>(query);
            if (pairs.Count == 0) return;
            pairs.Sort(ByKeyThenValue);
            for (var i = 0; i < pairs.Count; i++)
            {
                if (i > 0) text.Append('&');
                SdkEncoding.Append(text, pairs[i].Key);
                text.Append('=');
                SdkEncoding.Append(text, pairs[i].Value ?? string.Empty);
            }
        }

        private static readonly Comparison<KeyValuePair<string, string>> ByKeyThenValue = (a, b) =>
        {
            var byKey = CompareCodePoints(a.Key, b.Key);
            return byKey != 0 ? byKey : CompareCodePoints(a.Value ?? string.Empty, b.Value ?? string.Empty);
        };

        /// <summary>
        /// Code-point order, which the official signer sorts in. UTF-16 units differ from it only where
        /// a surrogate (a character above U+FFFF) meets U+E000-U+FFFF, so those are moved past each other.
        /// </summary>
        internal static int CompareCodePoints(string a, string b)
        {
            var length = Math.Min(a.Length, b.Length);
            for (var i = 0; i < length; i++)
            {
                if (a[i] != b[i]) return InCodePointOrder(a[i]) - InCodePointOrder(b[i]);
            }
            return a.Length - b.Length;
        }

        private static int InCodePointOrder(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;

        /// <summary>Parses a wire query string ("a=1&amp;b=") back into raw pairs, for the verifier.</summary>
        public static List<KeyValuePair<string, string>> ParseQuery(string? rawQuery)
        {
            var result = new List<KeyValuePair<string, string>>();
            if (string.IsNullOrEmpty(rawQuery)) return result;
            var text = rawQuery![0] == '?' ? rawQuery.Substring(1) : rawQuery;
            foreach (var part in text.Split('&'))
            {
                if (part.Length == 0) continue;
                var eq = part.IndexOf('=');
                var key = eq < 0 ? part : part.Substring(0, eq);
                var value = eq < 0 ? string.Empty : part.Substring(eq + 1);
                result.Add(new KeyValuePair<string, string>(SdkEncoding.Decode(key), SdkEncoding.Decode(value)));
            }
            return result;
        }

        // Lower-cased names in ordinal order; the first of two headers with one name is signed.
        private static List<KeyValuePair<string, string>> SelectSignedHeaders(
            IReadOnlyList<KeyValuePair<string, string>> headers, IReadOnlyCollection<string>? names)
        {
            var selected = new List<KeyValuePair<string, string>>(headers.Count);
            foreach (var header in headers)
            {
                var name = header.Key.ToLowerInvariant();
                var wanted = names is null ? name.IndexOf('_') < 0 : names.Contains(name);
                if (wanted && !Holds(selected, name)) selected.Add(new KeyValuePair<string, string>(name, header.Value ?? string.Empty));
            }
            selected.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return selected;
        }

        private static bool Holds(List<KeyValuePair<string, string>> headers, string name)
        {
            foreach (var header in headers)
            {
                if (header.Key == name) return true;
            }
            return false;
        }

        private static string PayloadHashFor(IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body)
        {
            foreach (var header in headers)
            {
                if (string.Equals(header.Key, ContentSha256Header, StringComparison.OrdinalIgnoreCase) &&
                    string.Equals(header.Value?.Trim(), UnsignedPayload, StringComparison.Ordinal))
                {
                    return UnsignedPayload;
                }
            }
            return body is null || body.Length == 0 ? EmptyPayloadHash : Hex.Sha256(body);
        }
    }
}
