using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Core.Endpoints;

namespace HwTasks
{
    /// <summary>
    /// Completes -Region with the regions the command's service serves: the service a command calls
    /// is the one its class declares (ServiceCmdlet.TargetService), or -Service on the command line; for the
    /// general commands, every region any service serves.
    /// </summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        private static readonly Lazy<Dictionary<string, CloudService>> ServiceOfCommand = new Lazy<Dictionary<string, CloudService>>(ReadCommands);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return RegionsFor(commandName, fakeBoundParameters)
                .Where(r => r.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .OrderBy(r => r, StringComparer.Ordinal)
                .Select(r => new CompletionResult(r, r, CompletionResultType.ParameterValue, r));
        }

        private static IEnumerable<string> RegionsFor(string commandName, IDictionary fakeBoundParameters)
        {
            if (ServiceOfCommand.Value.TryGetValue(commandName ?? string.Empty, out var service)) return service.Regions;
            var named = fakeBoundParameters?["Service"];
            var chosen = named as CloudService ?? CloudService.All.FirstOrDefault(s => string.Equals(s.Name, named as string, StringComparison.OrdinalIgnoreCase));
            if (chosen is not null && chosen.Regions.Count > 0) return chosen.Regions;
            return CloudService.All.SelectMany(s => s.Regions).Distinct();
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
