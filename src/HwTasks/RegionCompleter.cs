using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Internal;
using HwTasks.Core.Endpoints;

namespace HwTasks
{
    /// <summary>
    /// Completes -Region (and Get-HwCloudRegion's -Name) with the regions the command's service serves:
    /// the service a command calls is the one its class declares (ServiceCmdlet.TargetService), or the
    /// services of -Service on the command line; otherwise every region any service serves.
    /// </summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        private static readonly Lazy<Dictionary<string, CloudService>> ServiceOfCommand = new Lazy<Dictionary<string, CloudService>>(ReadCommands);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = CompletionText.Prefix(wordToComplete);
            return RegionsFor(commandName, fakeBoundParameters)
                .Where(r => r.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .OrderBy(r => r, StringComparer.Ordinal)
                .Select(r => new CompletionResult(r, r, CompletionResultType.ParameterValue, r));
        }

        private static IEnumerable<string> RegionsFor(string commandName, IDictionary fakeBoundParameters)
        {
            if (ServiceOfCommand.Value.TryGetValue(commandName ?? string.Empty, out var service)) return service.Regions;
            // -Service on the command line: one name (Invoke-HwCloudRequest) or several (Get-HwCloudRegion).
            var named = fakeBoundParameters?["Service"];
            var chosen = (named is IEnumerable many && named is not string ? many.Cast<object?>() : new[] { named })
                .Select(ServiceNamed).Where(s => s is not null && s.Regions.Count > 0).ToList();
            if (chosen.Count > 0) return chosen.SelectMany(s => s!.Regions).Distinct();
            return RegionCatalog.KnownRegions;
        }

        private static CloudService? ServiceNamed(object? value)
        {
            var bare = value is PSObject wrapped ? wrapped.BaseObject : value;
            return bare as CloudService ?? CloudService.All.FirstOrDefault(s => string.Equals(s.Name, bare as string, StringComparison.OrdinalIgnoreCase));
        }

        // Every cmdlet of the module that declares its service, by name: found once, by reflection.
        private static Dictionary<string, CloudService> ReadCommands()
        {
            var result = new Dictionary<string, CloudService>(StringComparer.OrdinalIgnoreCase);
            foreach (var type in typeof(RegionCompleter).Assembly.GetTypes())
            {
                if (type.IsAbstract || !type.IsSubclassOf(typeof(ServiceCmdlet))) continue;
                if (type.GetCustomAttributes(typeof(CmdletAttribute), false).FirstOrDefault() is not CmdletAttribute cmdlet) continue;
                if (((ServiceCmdlet)Activator.CreateInstance(type)!).TargetService is { } service) result[cmdlet.VerbName + "-" + cmdlet.NounName] = service;
            }
            return result;
        }
    }
}
