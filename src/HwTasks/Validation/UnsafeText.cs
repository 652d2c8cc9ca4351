using System.Globalization;

namespace HwTasks.Validation
{
    /// <summary>
    /// Characters no id or value should carry: a lone surrogate (it cannot be encoded, and would be
    /// sent as U+FFFD, a different value), format characters (a right-to-left override, a zero-width
    /// joiner, a BOM: invisible, and they make two different ids look the same in every message and
    /// table) and control characters (header and log injection). Found before any request is sent.
    /// </summary>
    internal static class UnsafeText
    {
        /// <summary>What is wrong with <paramref name="text"/>, e.g. "a right-to-left override (U+202E) at position 4", or null.</summary>
        /// <param name="allowedControls">Control characters a value may hold (a body may be multi-line: "\t\r\n"); ids allow none.</param>
        public static string? Find(string text, string allowedControls = "")
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                var problem = Describe(c, allowedControls);
                if (problem is not null) return problem + " (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ") at position " + (i + 1);
            }
            return null;
        }

        private static string? Describe(char c, string allowedControls)
        {
            if (char.IsSurrogate(c)) return "a lone surrogate, half of a character that cannot be sent";
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                    return allowedControls.IndexOf(c) >= 0 ? null : "a control character";
                case UnicodeCategory.Format:
                    return c switch
                    {
                        '\u202E' => "a right-to-left override",
                        '\u200D' => "a zero-width joiner",
                        '\uFEFF' => "a byte order mark",
                        _ => "an invisible format character",
                    };
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                    return "a line separator";
                default:
                    return null;
            }
        }
    }
}
