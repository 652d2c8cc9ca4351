using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// URLs as messages and traces may print them: never user information (endpoint URLs with
    /// "user:password@" are refused up front, and this is the second line), and query values only for
    /// the parameters the module itself sends, whose values are ids, offsets and times. A value of
    /// any other parameter (Invoke-HwCloudRequest -Query can carry a token) prints as REDACTED.
    /// </summary>
    internal static class UrlRedaction
    {
        private static readonly HashSet<string> ShownQueryKeys = new HashSet<string>(StringComparer.Ordinal)
        {
            "action", "begin_time", "end_time", "job_name", "limit", "name", "offset", "page", "page_no", "page_size", "start", "status",
        };

        // scheme://user:password@ — up to the last '@' before the path, since passwords often hold a raw '@'.
        // No match timeout (not even a host's default): a timeout would throw an exception whose Input is
        // the unredacted text, and this pattern backtracks no further than one run of characters between separators.
        private static readonly Regex UserInfo = new Regex(@"(?<scheme>\b[A-Za-z][A-Za-z0-9+.\-]*://)[^/\s'""<>]*@",
            RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

        /// <summary>
        /// Text from the framework (an exception message naming a proxy URL from HTTPS_PROXY) with the
        /// user information of every URL in it replaced by REDACTED.
        /// </summary>
        public static string WithoutUserInfo(string text) =>
            text.IndexOf('@') < 0 ? text : UserInfo.Replace(text, m => m.Groups["scheme"].Value + TraceRedaction.Redacted + "@");

        /// <summary>scheme://host:port, without any user information.</summary>
        public static string Origin(Uri uri) => uri.Scheme + "://" + uri.Authority;

        public static string ForTrace(Uri uri)
        {
            var text = new StringBuilder(Origin(uri)).Append(uri.AbsolutePath);
            var query = uri.Query;
            if (query.Length <= 1) return text.ToString();
            var separator = '?';
            foreach (var pair in query.Substring(1).Split('&'))
            {
                var equals = pair.IndexOf('=');
                var key = equals < 0 ? pair : pair.Substring(0, equals);
                text.Append(separator).Append(key);
                if (equals >= 0) text.Append('=').Append(ShownQueryKeys.Contains(Uri.UnescapeDataString(key)) ? pair.Substring(equals + 1) : TraceRedaction.Redacted);
                separator = '&';
            }
            return text.ToString();
        }
    }
}
