using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Internal;

namespace HwTasks
{
    /// <summary>
    /// Completes -ProfileName with the sections of the credentials file this process reads. Completion
    /// must never throw: an unreadable file offers nothing.
    /// </summary>
    public sealed class ProfileNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = CompletionText.Prefix(wordToComplete);
            IEnumerable<string> names;
            try
            {
                names = CredentialsFile.TryLoad(new AmbientCredentials().CredentialsFilePath)?.SectionNames.ToList() ?? Enumerable.Empty<string>();
            }
            catch (Exception)
            {
                return Enumerable.Empty<CompletionResult>();
            }
            return names
                .Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(n => new CompletionResult(CompletionText.Quote(n, wordToComplete), n, CompletionResultType.ParameterValue, n));
        }
    }
}
