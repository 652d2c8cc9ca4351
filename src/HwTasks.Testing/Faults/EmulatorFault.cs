using HwTasks.Emulator.Faults;

namespace HwTasks.Testing.Faults
{
    /// <summary>A fault rule as the emulator stored it, named as Add-HwCloudEmulatorFault's parameters are.</summary>
    public sealed class EmulatorFault
    {
        internal EmulatorFault(FaultRule rule, string emulatorName)
        {
            Id = rule.Id;
            EmulatorName = emulatorName;
            Method = rule.Method;
            Path = rule.Path;
            Kind = rule.Kind.WireName();
            Count = rule.Remaining;
            StatusCode = rule.Status;
            RetryAfterSec = rule.RetryAfterSeconds;
            LatencyMs = rule.LatencyMs;
            SizeBytes = rule.SizeBytes;
            AfterProcessing = rule.AfterProcessing;
            Body = rule.Body;
            ContentType = rule.ContentType;
        }

        /// <summary>The emulator's id for the rule, e.g. fault-1.</summary>
        public string Id { get; }

        public string EmulatorName { get; }

        /// <summary>The method it strikes; null for any.</summary>
        public string? Method { get; }

        /// <summary>The path glob: * is one segment, ** any number.</summary>
        public string Path { get; }

        /// <summary>status, drop, latency, truncated, non-json, empty, body or oversize.</summary>
        public string Kind { get; }

        /// <summary>How many more matching requests it strikes.</summary>
        public int Count { get; }

        public int? StatusCode { get; }

        public int? RetryAfterSec { get; }

        public int? LatencyMs { get; }

        public long? SizeBytes { get; }

        /// <summary>The service acts first and only its answer is replaced.</summary>
        public bool AfterProcessing { get; }

        public string? Body { get; }

        public string? ContentType { get; }

        /// <summary>E.g. "fault-1: status 429 on PUT /v1.1/*/clusters/*/cdm/job/*/start (1 left)".</summary>
        public override string ToString() =>
            Id + ": " + Kind + (StatusCode is { } status ? " " + status : string.Empty) + (AfterProcessing ? " after processing" : string.Empty) +
            " on " + (Method ?? "any method") + " " + Path + " (" + Count + " left)";
    }
}
