using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;

namespace HwTasks.Internal
{
    /// <summary>The list calls that find a completer's candidates, in the order to offer them.</summary>
    internal delegate Task<IEnumerable<CompletionCandidate?>> LiveList(ServiceTarget target, CallOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// The base of the completers that ask the service (<see cref="LiveCompletion"/>): each says which
    /// service it asks and, for what is on the command line, which calls find the values.
    /// </summary>
    public abstract class LiveCompleter : IArgumentCompleter
    {
        internal abstract CloudService Service { get; }

        /// <summary>
        /// The calls for what is on the command line, or null when it lacks what they need (a Kafka
        /// -TaskId before -InstanceId is typed): then nothing is asked and nothing offered.
        /// </summary>
        internal abstract LiveList? ListFor(IDictionary boundParameters);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters) =>
            ListFor(fakeBoundParameters) is { } list
                ? LiveCompletion.Complete(Service, fakeBoundParameters, wordToComplete, list)
                : Enumerable.Empty<CompletionResult>();
    }
}
