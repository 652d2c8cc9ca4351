using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HwTasks.Testing.Requests
{
    /// <summary>
    /// "Exactly N" (or "at least N") requests matching a filter, checked against an emulator's log.
    /// A failure says what was expected and lists what was sent, so a test report shows the
    /// difference without a debugger.
    /// </summary>
    internal sealed class RequestExpectation
    {
        /// <summary>The most a failure lists: the latest ones, which are what the test just did.</summary>
        public const int ListedRequests = 50;

        /// <summary>Longer bodies are cut in a failure's list (their BodySha256 still tells them apart).</summary>
        public const int ListedBodyLength = 300;

        public RequestExpectation(RequestFilter filter, int count, bool atLeast)
        {
            Filter = filter;
            Count = count;
            AtLeast = atLeast;
        }

        public RequestFilter Filter { get; }

        public int Count { get; }

        public bool AtLeast { get; }

        public IReadOnlyList<EmulatorRequest> Matching(IEnumerable<EmulatorRequest> log) => log.Where(Filter.Matches).ToList();

        public bool IsMetBy(int matched) => AtLeast ? matched >= Count : matched == Count;

        /// <summary>The failure message for a log with <paramref name="matched"/> of its requests matching.</summary>
        public string Failure(IReadOnlyList<EmulatorRequest> log, IReadOnlyList<EmulatorRequest> matched, string emulatorName)
        {
            var text = new StringBuilder("Expected ").Append(Quantity()).Append(' ').Append(Filter.Describe())
                .Append(", but ").Append(matched.Count).Append(" matched.");
            if (log.Count == 0) return text.Append(" The emulator '").Append(emulatorName).Append("' received no requests.").ToString();

            text.Append(" The emulator '").Append(emulatorName).Append("' received ").Append(log.Count).Append(log.Count == 1 ? " request" : " requests")
                .Append(matched.Count > 0 ? " (* matched):" : ":");
            var listed = log.Skip(System.Math.Max(0, log.Count - ListedRequests)).ToList();
            if (listed.Count < log.Count) text.Append("\n  ... ").Append(log.Count - listed.Count).Append(" earlier ones");
            foreach (var request in listed)
            {
                text.Append('\n').Append(matched.Contains(request) ? "* " : "  ").Append(request);
                if (!string.IsNullOrEmpty(request.Body)) text.Append(' ').Append(Shortened(request.Body!));
            }
            return text.ToString();
        }

        private string Quantity()
        {
            if (Count == 0 && !AtLeast) return "no request";
            var noun = Count == 1 ? " request" : " requests";
            return (AtLeast ? "at least " : "exactly ") + Count + noun;
        }

        private static string Shortened(string body) =>
            body.Length <= ListedBodyLength ? body : body.Substring(0, ListedBodyLength) + "... (" + body.Length + " characters)";
    }
}
