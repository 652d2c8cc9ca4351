using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
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

        private static readonly HashSet<string> Secret = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Authorization", "X-Security-Token", "X-Auth-Token", "X-Subject-Token", "Cookie", "Set-Cookie", "Proxy-Authorization",
        };

        public static IEnumerable<string> Headers(HttpHeaders headers, HttpContentHeaders? contentHeaders)
        {
            var all = headers.AsEnumerable();
            if (contentHeaders is not null) all = all.Concat(contentHeaders);
            foreach (var header in all)
            {
                if (Secret.Contains(header.Key)) yield return header.Key + ": " + Redacted;
                else if (Shown.Contains(header.Key)) yield return header.Key + ": " + string.Join(", ", header.Value);
                else yield return header.Key + ": (not shown)";
            }
        }

        public static string Body(byte[]? body, bool carriesSecrets)
        {
            if (body is null || body.Length == 0) return "(no body)";
            if (carriesSecrets) return "(" + body.Length + " bytes, " + Redacted + ": the body carries credentials)";
            var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaximumBodyCharacters * 4));
            return text.Length <= MaximumBodyCharacters ? text : text.Substring(0, MaximumBodyCharacters) + "… (" + body.Length + " bytes)";
        }
    }
}
