using System;
using System.Collections.Generic;
using System.Linq;
using HwTasks.Core.Endpoints;
using HwTasks.Emulator.Logging;

namespace HwTasks.Testing.Requests
{
    /// <summary>
    /// One request an emulator received, as it logged it: credentials in headers are REDACTED, and so
    /// is every string value of a body that carries secrets (OMS start, IAM password login);
    /// <see cref="BodySha256"/> is always the hash of the exact bytes sent.
    /// </summary>
    public sealed class EmulatorRequest
    {
        internal EmulatorRequest(RequestLogEntry entry, string emulatorName)
        {
            Sequence = entry.Sequence;
            Time = entry.Time;
            Service = ServiceName(entry.Service);
            Method = entry.Method;
            Path = entry.Path;
            Query = entry.Query;
            Headers = entry.Headers;
            Status = entry.Status;
            RequestId = entry.RequestId;
            Body = entry.Body;
            BodySha256 = entry.BodySha256;
            BodyLength = entry.BodyLength;
            Fault = entry.Faulted;
            ProcessedStatus = entry.ProcessedStatus;
            EmulatorName = emulatorName;
        }

        /// <summary>Arrival order, from 1 when the emulator started (clearing the log does not restart it).</summary>
        public long Sequence { get; }

        /// <summary>When it arrived, by this machine's clock.</summary>
        public DateTimeOffset Time { get; }

        /// <summary>Cdm, Aom, Oms, Kafka, DataArts or Iam (HwTasks' names, as -Service takes them); null when no route matched.</summary>
        public string? Service { get; }

        public string Method { get; }

        /// <summary>The path as received, percent-decoded but for %2F, without the query.</summary>
        public string Path { get; }

        /// <summary>The query string without its '?', as sent (empty when none).</summary>
        public string Query { get; }

        public IReadOnlyDictionary<string, string> Headers { get; }

        /// <summary>The status the client got; 0 when a drop fault closed the connection without an answer.</summary>
        public int Status { get; }

        /// <summary>The X-Request-Id of the answer, which HwTasks puts at the end of its error messages.</summary>
        public string RequestId { get; }

        /// <summary>The body as logged (secret values REDACTED); empty when none was sent.</summary>
        public string? Body { get; }

        /// <summary>Lower-hex SHA-256 of the exact bytes received.</summary>
        public string? BodySha256 { get; }

        public long BodyLength { get; }

        /// <summary>The kind of the injected fault that struck it (status, drop, latency, ...), else null.</summary>
        public string? Fault { get; }

        /// <summary>For a fault after processing: the status of the service's own answer that the fault replaced (2xx: it acted).</summary>
        public int? ProcessedStatus { get; }

        /// <summary>The emulator that received it.</summary>
        public string EmulatorName { get; }

        /// <summary>"METHOD /path?query" as sent.</summary>
        public string RequestLine => Method + " " + Path + (Query.Length > 0 ? "?" + Query : string.Empty);

        /// <summary>E.g. "PUT /v1.1/.../cdm/job/jdbc2hive/start 200", and the fault that struck it, if any.</summary>
        public override string ToString() => RequestLine + " " + Status + (Fault is null ? string.Empty : " (" + Fault + " fault)");

        // The emulator names a service by its seed section ("dataArts"); HwTasks by its own name ("DataArts").
        private static string? ServiceName(string? section) =>
            section is null ? null : CloudService.All.FirstOrDefault(s => string.Equals(s.Name, section, StringComparison.OrdinalIgnoreCase))?.Name ?? section;
    }
}
