using System.Linq;
using System.Management.Automation.Language;
using System.Text;

namespace HwTasks.Internal
{
    /// <summary>What the user typed of an argument, and how a value goes back on the command line.</summary>
    internal static class CompletionText
    {
        // PowerShell reads the typographic quotes as quotes too: ‘ ’ ‚ ‛ as ', and “ ” „ as ".
        private const string SingleQuotes = "'\u2018\u2019\u201A\u201B";
        private const string DoubleQuotes = "\"\u201C\u201D\u201E";

        /// <summary>The typed word without its opening (or closing) quote: what the values are matched against.</summary>
        public static string Prefix(string? wordToComplete) => (wordToComplete ?? string.Empty).Trim((SingleQuotes + DoubleQuotes).ToCharArray());

        /// <summary>
        /// A value as it must be typed: in the quotes the user opened, else bare when it is a plain word
        /// and single-quoted otherwise. A leading '-' would read as a parameter name, so it is quoted too.
        /// </summary>
        public static string Quote(string value, string? wordToComplete = null)
        {
            var opened = string.IsNullOrEmpty(wordToComplete) ? '\0' : wordToComplete![0];
            if (DoubleQuotes.IndexOf(opened) >= 0) return "\"" + EscapeDoubleQuoted(value) + "\"";
            if (SingleQuotes.IndexOf(opened) < 0 && IsPlainWord(value)) return value;
            return "'" + CodeGeneration.EscapeSingleQuotedStringContent(value) + "'";
        }

        // Inside "...", a backtick escapes the next character: the backtick itself, '$' and each double quote.
        private static string EscapeDoubleQuoted(string value)
        {
            var escaped = new StringBuilder(value.Length + 8);
            foreach (var c in value)
            {
                if (c == '`' || c == '$' || DoubleQuotes.IndexOf(c) >= 0) escaped.Append('`');
                escaped.Append(c);
            }
            return escaped.ToString();
        }

        private static bool IsPlainWord(string value) =>
            value.Length > 0 && value[0] != '-' && value.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
    }
}
