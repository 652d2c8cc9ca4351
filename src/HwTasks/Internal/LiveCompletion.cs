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
    /// Tab completion from the live API: one quick list call (no retries, a 3-second budget) with the
    /// credentials and location the command line would use. Completion must never throw or hang the
    /// console, so any failure simply offers nothing.
    /// </summary>
    internal static class LiveCompletion
    {
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

        public static IEnumerable<CompletionResult> Complete(CloudService service, IDictionary boundParameters, string? wordToComplete,
            Func<ServiceTarget, CallOptions, CancellationToken, Task<IEnumerable<string?>>> list)
        {
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            IEnumerable<string?> values;
            try
            {
                using var budget = new CancellationTokenSource(Budget);
                var options = new CallOptions { MaximumRetryCount = 0, Timeout = Budget };
                var settings = new TargetSettings
                {
                    Region = boundParameters["Region"] as string,
                    ProjectId = boundParameters["ProjectId"] as string,
                    EndpointUrl = boundParameters["EndpointUrl"] as Uri ?? (boundParameters["EndpointUrl"] is string url ? new Uri(url) : null),
                    Context = boundParameters["Context"] as HwCloudContext,
                    SessionDefault = SessionDefaults.Get(),
                };
                var work = Task.Run(async () =>
                {
                    var target = await SharedResolver.Instance.ResolveAsync(service, settings, options, budget.Token).ConfigureAwait(false);
                    return await list(target, options, budget.Token).ConfigureAwait(false);
                });
                values = work.Wait(Budget) ? work.Result : Enumerable.Empty<string?>();
            }
            catch (Exception)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            return values
                .Where(v => !string.IsNullOrEmpty(v) && v!.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(v => v, StringComparer.Ordinal)
                .Select(v => new CompletionResult(Quote(v!), v, CompletionResultType.ParameterValue, v));
        }

        private static string Quote(string value) =>
            value.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.') ? value : "'" + value.Replace("'", "''") + "'";
    }
}
