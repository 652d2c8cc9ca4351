using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// What a trace may print. Headers are allow-listed: credentials print as REDACTED, unknown
    /// headers print their name only. Bodies that carry secrets are never printed.
    /// </summary>
    internal static class TraceRedaction
    {
        public const string Redacted = "REDACTED";
        public const int MaximumBodyCharacters = 4096;

        private static readonly HashSet<string> Shown = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Accept", "Content-Type", "Content-Length", "Date", "Host", "Location", "Retry-After", "Server",
            "User-Agent", "X-Project-Id", "X-Request-Id", "X-Sdk-Date", "X-Sdk-Content-Sha256", "workspace",
        };

        public static IEnumerable<string> Headers(IEnumerable<KeyValuePair<string, string>> headers)
        {
            foreach (var header in headers)
            {
                if (SecretHeaders.IsSecret(header.Key)) yield return header.Key + ": " + Redacted;
                else if (Shown.Contains(header.Key)) yield return header.Key + ": " + header.Value;
                else yield return header.Key + ": (not shown)";
            }
        }

        /// <summary>Response headers as name/value pairs (parsing them is harmless: nothing is signed).</summary>
        public static IEnumerable<KeyValuePair<string, string>> Flatten(HttpResponseMessage response)
        {
            IEnumerable<KeyValuePair<string, IEnumerable<string>>> all = response.Headers;
            if (response.Content is not null) all = all.Concat(response.Content.Headers);
            return all.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)));
        }

        /// <summary>
        /// A body as a trace may show it: JSON with every secret-named field REDACTED (requests and
        /// responses alike), other text as is, and nothing of a body known to carry credentials.
        /// </summary>
        public static string Body(byte[]? body, bool carriesSecrets)
        {
            if (body is null || body.Length == 0) return "(no body)";
            if (carriesSecrets) return "(" + body.Length + " bytes, " + Redacted + ": the body carries credentials)";
            if (body.Length > MaximumParsedBytes) return "(" + body.Length + " bytes, not shown)";
            var text = SecretFields.RedactJson(body) ?? Encoding.UTF8.GetString(body);
            return text.Length <= MaximumBodyCharacters ? text : text.Substring(0, MaximumBodyCharacters) + "… (" + body.Length + " bytes)";
        }

        // Bodies are parsed only to redact them; a trace line never needs more than this.
        private const int MaximumParsedBytes = 1024 * 1024;
    }
}
