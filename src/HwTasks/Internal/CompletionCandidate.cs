using System;
using System.Globalization;
using System.Linq;

namespace HwTasks.Internal
{
    /// <summary>
    /// One value a live completer offers: the id that goes on the command line, the name it is also
    /// found by, and the words that say what it is. The menu shows the id shortened and those words
    /// ("8abfa7b3… modifyAutoTopic EXECUTING 2024-05-15 11:19"); the tooltip the whole id, the words
    /// and any detail lines.
    /// </summary>
    internal sealed class CompletionCandidate
    {
        /// <summary>Ids longer than this are shortened in the menu (when named); the tooltip always has them whole.</summary>
        private const int LongestWholeId = 12;
        private const int ShortenedIdLength = 8;

        public CompletionCandidate(string value, string? name, string summary, string? detail = null)
        {
            Value = value;
            Name = name;
            Summary = summary;
            Detail = detail;
        }

        public string Value { get; }

        /// <summary>Typing the start of the name finds the value as typing the start of the id does.</summary>
        public string? Name { get; }

        public string Summary { get; }

        public string? Detail { get; }

        /// <summary>A long id is shortened when a name beside it says what it is; a value that is its own name stays whole.</summary>
        public string ListItemText => Join(Name is null || Name == Value ? Value : Shorten(Value), Summary);

        public string ToolTip => Join(Value, Summary) + (string.IsNullOrEmpty(Detail) ? string.Empty : Environment.NewLine + Detail);

        /// <summary>A resource by its id, name, status and (for tasks and runs) its time; null when it has no id to offer.</summary>
        public static CompletionCandidate? Of(string? id, string? name, string? status, DateTimeOffset? time = null, string? detail = null) =>
            string.IsNullOrEmpty(id) ? null : new CompletionCandidate(id!, name, Describe(name == id ? null : name, status, time), detail);

        /// <summary>The words that say what something is: those given, in order, with the time as the tables show it.</summary>
        public static string Describe(params object?[] words) =>
            string.Join(" ", words.Select(w => w is DateTimeOffset time ? Time(time) : w as string).Where(w => !string.IsNullOrEmpty(w)));

        /// <summary>Tooltip lines: those given that say something, one under the other; null when none does.</summary>
        public static string? Lines(params string?[] lines)
        {
            var given = lines.Where(l => !string.IsNullOrEmpty(l)).ToList();
            return given.Count == 0 ? null : string.Join(Environment.NewLine, given);
        }

        /// <summary>To the minute in this computer's time zone, as the table views show times.</summary>
        public static string Time(DateTimeOffset time) => time.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

        public bool Matches(string prefix) =>
            Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || (Name?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ?? false);

        private static string Shorten(string id) => id.Length <= LongestWholeId ? id : id.Substring(0, ShortenedIdLength) + "…";

        private static string Join(string head, string tail) => tail.Length == 0 ? head : head + " " + tail;
    }
}
