using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using HwTasks.Emulator.Http;
using HwTasks.Testing.Internal;
using HwTasks.Testing.Requests;

namespace HwTasks.Testing.Commands
{
    /// <summary>
    /// One line of a Pester It: exactly -Count (or at least -AtLeast) requests with this method, path,
    /// query and body reached the emulator, else a terminating EmulatorRequestAssertionFailed error
    /// whose message lists what was sent.
    /// </summary>
    [Cmdlet("Assert", "HwCloudEmulatorRequest", DefaultParameterSetName = ExactSet)]
    [OutputType(typeof(EmulatorRequest))]
    public sealed class AssertHwCloudEmulatorRequestCommand : EmulatorCmdlet
    {
        private const string ExactSet = "Count";
        private const string AtLeastSet = "AtLeast";

        [Parameter(Mandatory = true)]
        [ValidateSet(HttpMethods.Get, HttpMethods.Put, HttpMethods.Post, HttpMethods.Delete, HttpMethods.Head, HttpMethods.Options)]
        public string Method { get; set; } = string.Empty;

        /// <summary>A wildcard over the path (without the query), e.g. '*/cdm/job/jdbc2hive/start'.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>The body, compared as JSON (member order ignored): a hashtable, PSCustomObject or JSON string.</summary>
        [Parameter]
        [ValidateNotNull]
        public object? Body { get; set; }

        /// <summary>Query parameters the request must have, with these values; others may be there too.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Query { get; set; }

        [Parameter(ParameterSetName = ExactSet)]
        [ValidateRange(0, int.MaxValue)]
        public int Count { get; set; } = 1;

        [Parameter(Mandatory = true, ParameterSetName = AtLeastSet)]
        [ValidateRange(1, int.MaxValue)]
        public int AtLeast { get; set; }

        /// <summary>Write the matching requests when the assertion holds.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void Process()
        {
            var emulator = Target;
            var atLeast = ParameterSetName == AtLeastSet;
            var expectation = new RequestExpectation(new RequestFilter(Method, Path, query: ExpectedQuery(), canonicalBody: ExpectedBody()),
                atLeast ? AtLeast : Count, atLeast);
            var log = RequestLog.Of(emulator);
            var matched = expectation.Matching(log);
            if (!expectation.IsMetBy(matched.Count))
                throw new EmulatorError("EmulatorRequestAssertionFailed", ErrorCategory.InvalidResult,
                    expectation.Failure(log, matched, emulator.Name), emulator);
            if (PassThru) WriteObject(matched, enumerateCollection: true);
        }

        private string? ExpectedBody()
        {
            if (Body is null) return null;
            // A PSCustomObject is converted with its PSObject wrapper, which holds its properties.
            var text = (Body is PSObject wrapped ? wrapped.BaseObject : Body) as string ?? PowerShellJson.From(Body);
            return CanonicalJson.Of(text) ?? throw EmulatorError.InvalidArgument("Body",
                "-Body is not JSON: pass a hashtable, a PSCustomObject or a JSON string such as '{\"variables\":{}}'.", Body);
        }

        private IReadOnlyDictionary<string, string>? ExpectedQuery()
        {
            if (Query is null) return null;
            var query = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry entry in Query)
                query[LanguagePrimitives.ConvertTo<string>(entry.Key)] = LanguagePrimitives.ConvertTo<string>(entry.Value) ?? string.Empty;
            return query;
        }
    }
}
