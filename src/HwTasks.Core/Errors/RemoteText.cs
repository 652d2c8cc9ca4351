using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HwTasks.Core.Errors
{
    /// <summary>
    /// Text that came from the network, made safe for a message a terminal will show: control and
    /// format characters (ESC, BEL, a right-to-left override, a BOM...) are written as \uXXXX, so a
    /// hostile proxy cannot clear the screen, retitle the window or reorder what the user reads, and
    /// long text is cut. An HTML page is reduced to its title.
    /// </summary>
    public static class RemoteText
    {
        public const int MaximumLength = 500;

        private static readonly Regex Title = new Regex("<title[^>]*>(?<title>.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(200));

        /// <summary>Whitespace runs become one space; control and format characters are escaped; the result is at most <paramref name="maximum"/> characters.</summary>
        public static string Clean(string? text, int maximum = MaximumLength)
        {
            if (string.IsNullOrEmpty(text)) return string.Empty;
            var result = new StringBuilder(Math.Min(text!.Length, maximum + 16));
            var space = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                {
                    space = result.Length > 0;
                    continue;
                }
                if (space) result.Append(' ');
                space = false;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    result.Append(c).Append(text[++i]); // a whole pair is an ordinary character
                }
                else if (IsUnsafe(c))
                {
                    result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    result.Append(c);
                }
                if (result.Length >= maximum) return result.ToString(0, maximum) + "…";
            }
            return result.ToString();
        }

        /// <summary>What a body is, for a message: "an empty body", "an HTML page titled '…'", or its cleaned text.</summary>
        public static string DescribeBody(string? body)
        {
            var text = (body ?? string.Empty).Trim();
            if (text.Length == 0) return "an empty body";
            if (LooksLikeHtml(text))
            {
                var match = Title.Match(text);
                var title = match.Success ? Clean(System.Net.WebUtility.HtmlDecode(match.Groups["title"].Value), 120) : string.Empty;
                return title.Length == 0 ? "an HTML page" : "an HTML page titled '" + title + "'";
            }
            return "'" + Clean(text, 200) + "'";
        }

        public static bool LooksLikeHtml(string text)
        {
            var trimmed = text.TrimStart();
            return trimmed.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) ||
                   trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase) ||
                   (trimmed.StartsWith("<", StringComparison.Ordinal) && trimmed.IndexOf("<title", StringComparison.OrdinalIgnoreCase) >= 0);
        }

        // Control (Cc: C0, DEL, C1), format (Cf: bidi overrides, zero-width joiners, BOM), line and
        // paragraph separators, lone surrogates and unassigned code points.
        public static bool IsUnsafe(char c)
        {
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.OtherNotAssigned:
                    return true;
                case UnicodeCategory.Surrogate:
                    return true; // alone; Clean keeps whole pairs
                default:
                    return false;
            }
        }
    }
}
