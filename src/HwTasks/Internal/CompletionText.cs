using System.Linq;

namespace HwTasks.Internal
{
    /// <summary>What the user typed of an argument, and how a value goes back on the command line.</summary>
    internal static class CompletionText
    {
        /// <summary>The typed word without its opening (or closing) quote: what the values are matched against.</summary>
        public static string Prefix(string? wordToComplete) => (wordToComplete ?? string.Empty).Trim('\'', '"');

        /// <summary>
        /// A value as it must be typed: in the quotes the user opened, else bare when it is a plain word
        /// and single-quoted otherwise. A leading '-' would read as a parameter name, so it is quoted too.
        /// </summary>
        public static string Quote(string value, string? wordToComplete = null)
        {
            var opened = string.IsNullOrEmpty(wordToComplete) ? '\0' : wordToComplete![0];
            if (opened == '"') return "\"" + value.Replace("`", "``").Replace("\"", "`\"").Replace("$", "`$") + "\"";
            if (opened != '\'' && IsPlainWord(value)) return value;
            return "'" + value.Replace("'", "''") + "'";
        }

        private static bool IsPlainWord(string value) =>
            value.Length > 0 && value[0] != '-' && value.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
    }
}
