using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Core.Endpoints;

namespace HwTasks.Commands.Requests
{
    /// <summary>Completes -Service with the names of the services HwTasks defines.</summary>
    public sealed class ServiceNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return CloudService.All
                .Where(s => s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(s => new CompletionResult(s.Name, s.Name, CompletionResultType.ParameterValue, s.DisplayName));
        }
    }
}
