using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Internal;
using HwTasks.Internal.Waiting;

namespace HwTasks.Commands.Tasks
{
    /// <summary>Completes -Status of Wait-HwTask with every state the services' waitables know.</summary>
    public sealed class WaitStateCompleter : IArgumentCompleter
    {
        private static readonly Lazy<string[]> States = new Lazy<string[]>(() =>
            WaitableSource.All.SelectMany(s => s.States).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(s => s, StringComparer.Ordinal).ToArray());

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = CompletionText.Prefix(wordToComplete);
            return States.Value.Where(s => s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(s => new CompletionResult(s, s, CompletionResultType.ParameterValue, s));
        }
    }
}
