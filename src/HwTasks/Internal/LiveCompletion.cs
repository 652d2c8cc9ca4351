using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;

namespace HwTasks.Internal
{
    /// <summary>
    /// Tab completion from the live API: quick list calls (no retries) with the credentials and location
    /// the command line would use, all within one 3-second budget. Completion must never throw or hang
    /// the console, so any failure simply offers nothing.
    /// </summary>
    internal static class LiveCompletion
    {
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

        // The calls are cancelled this much before the budget ends, so that when one of several calls
        // (a cluster's jobs) is slow, the answers of the others are still offered within the budget.
        private static readonly TimeSpan WindDown = TimeSpan.FromMilliseconds(250);

        /// <param name="list">
        /// The calls that find the candidates, in the order to offer them. Several calls share the
        /// budget's cancellation token; <see cref="EachAsync{TItem, TResult}"/> runs one per item.
        /// </param>
        public static IEnumerable<CompletionResult> Complete(CloudService service, IDictionary boundParameters, string? wordToComplete, LiveList list)
        {
            var prefix = CompletionText.Prefix(wordToComplete);
            List<CompletionCandidate?> candidates;
            try
            {
                var calls = Budget - WindDown;
                using var budget = new CancellationTokenSource(calls);
                var options = new CallOptions { MaximumRetryCount = 0, Timeout = calls };
                var settings = SettingsOf(boundParameters);
                var work = Task.Run(async () =>
                {
                    var target = await SharedResolver.Instance.ResolveAsync(service, settings, options, budget.Token).ConfigureAwait(false);
                    return (await list(target, options, budget.Token).ConfigureAwait(false)).ToList();
                });
                if (!work.Wait(Budget)) return Enumerable.Empty<CompletionResult>();
                candidates = work.Result;
            }
            catch (Exception)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            var offered = new HashSet<string>(StringComparer.Ordinal);
            return candidates
                .Where(c => c is not null && c.Matches(prefix) && offered.Add(c.Value))
                .Select(c => new CompletionResult(CompletionText.Quote(c!.Value, wordToComplete), c.ListItemText, CompletionResultType.ParameterValue, c.ToolTip))
                .ToList();
        }

        /// <summary>
        /// One call per item, all at once, within the completion's budget: an item whose call fails or
        /// runs out of time adds nothing (a cluster that is shut down), and the others still count.
        /// </summary>
        public static async Task<IEnumerable<TResult>> EachAsync<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, Task<IEnumerable<TResult>>> call)
        {
            var calls = items.Select(async item =>
            {
                try
                {
                    return (await call(item).ConfigureAwait(false)).ToList();
                }
                catch (Exception)
                {
                    return new List<TResult>();
                }
            });
            return (await Task.WhenAll(calls).ConfigureAwait(false)).SelectMany(results => results);
        }

        /// <summary>A text parameter already on the command line, or null when it is absent, empty or not text (an array).</summary>
        public static string? Typed(IDictionary boundParameters, string name) =>
            ValueOf(boundParameters, name) is string value && value.Length > 0 ? value : null;

        // Where the command line says the call goes: what it would resolve, as the cmdlet itself would.
        private static TargetSettings SettingsOf(IDictionary boundParameters) => new TargetSettings
        {
            Region = Typed(boundParameters, "Region"),
            ProjectId = Typed(boundParameters, "ProjectId"),
            EndpointUrl = ValueOf(boundParameters, "EndpointUrl") as Uri ?? (Typed(boundParameters, "EndpointUrl") is { } url ? new Uri(url) : null),
            Context = ValueOf(boundParameters, "Context") as HwCloudContext,
            ProfileName = Typed(boundParameters, "ProfileName"),
            SessionDefault = SessionDefaults.Get(),
        };

        // A value typed as a variable ($cluster, $context) arrives wrapped in a PSObject.
        private static object? ValueOf(IDictionary boundParameters, string name) =>
            boundParameters[name] is PSObject wrapped ? wrapped.BaseObject : boundParameters[name];
    }
}
