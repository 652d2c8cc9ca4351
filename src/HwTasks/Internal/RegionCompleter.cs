using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Core.Endpoints;

namespace HwTasks.Internal
{
    /// <summary>Completes -Region with the regions the command's service serves (all of them for the general commands).</summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return RegionsFor(commandName)
                .Where(r => r.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                .OrderBy(r => r, System.StringComparer.Ordinal)
                .Select(r => new CompletionResult(r, r, CompletionResultType.ParameterValue, r));
        }

        private static IEnumerable<string> RegionsFor(string commandName)
        {
            foreach (var service in new[] { CloudService.Cdm, CloudService.Aom, CloudService.Oms, CloudService.Kafka, CloudService.DataArts })
            {
                var noun = service == CloudService.DataArts ? "DataArts" : service.ToString();
                if (commandName.IndexOf("-" + noun, System.StringComparison.OrdinalIgnoreCase) >= 0) return ServiceCatalog.RegionsOf(service);
            }
            return new[] { CloudService.Cdm, CloudService.Aom, CloudService.Oms, CloudService.Kafka, CloudService.DataArts }
                .SelectMany(ServiceCatalog.RegionsOf).Distinct();
        }
    }
}
