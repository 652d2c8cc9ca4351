using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HwTasks.Emulator.Http;

namespace HwTasks.Testing.Requests
{
    /// <summary>
    /// Which logged requests a command means: a method (any case), a path wildcard as -like reads it
    /// (without case, e.g. '*/jdbc2hive/start'), a service, query parameters that must be present
    /// with those values (others may be too), and a body equal as JSON. Each part is optional.
    /// </summary>
    internal sealed class RequestFilter
    {
        private readonly WildcardPattern? _path;

        public RequestFilter(string? method = null, string? path = null, string? service = null,
            IReadOnlyDictionary<string, string>? query = null, string? canonicalBody = null)
        {
            Method = method?.ToUpperInvariant();
            PathPattern = path;
            _path = path is null ? null : new WildcardPattern(path, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            Service = service;
            Query = query;
            CanonicalBody = canonicalBody;
        }

        public string? Method { get; }

        public string? PathPattern { get; }

        public string? Service { get; }

        public IReadOnlyDictionary<string, string>? Query { get; }

        /// <summary>The expected body in <see cref="CanonicalJson"/> form.</summary>
        public string? CanonicalBody { get; }

        public bool Matches(EmulatorRequest request) =>
            (Method is null || string.Equals(Method, request.Method, StringComparison.OrdinalIgnoreCase)) &&
            (_path is null || _path.IsMatch(request.Path)) &&
            (Service is null || string.Equals(Service, request.Service, StringComparison.OrdinalIgnoreCase)) &&
            (Query is null || QueryMatches(QueryCollection.Parse(request.Query))) &&
            (CanonicalBody is null || CanonicalBody == CanonicalJson.Of(request.Body));

        /// <summary>E.g. "PUT */jdbc2hive/start with query page_no=1 and body {...}".</summary>
        public string Describe()
        {
            var parts = new List<string> { (Method ?? "any method") + " " + (PathPattern ?? "*") };
            if (Service is not null) parts.Add("to " + Service);
            var with = new List<string>();
            if (Query is { Count: > 0 }) with.Add("query " + string.Join("&", Query.Select(p => p.Key + "=" + p.Value)));
            if (CanonicalBody is not null) with.Add("body " + CanonicalBody);
            if (with.Count > 0) parts.Add("with " + string.Join(" and ", with));
            return string.Join(" ", parts);
        }

        private bool QueryMatches(QueryCollection sent) => Query!.All(p => sent.Contains(p.Key) && sent[p.Key] == p.Value);
    }
}
