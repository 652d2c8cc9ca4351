using System;

namespace HwTasks.Core.Http
{
    /// <summary>How one call behaves: retries, timeout and where its trace goes.</summary>
    public sealed class CallOptions
    {
        public const int DefaultMaximumRetryCount = 3;
        public static readonly TimeSpan DefaultRetryInterval = TimeSpan.FromSeconds(1);
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);
        /// <summary>The longest wait between attempts, whatever Retry-After or the backoff asks for.</summary>
        public static readonly TimeSpan MaximumRetryDelay = TimeSpan.FromSeconds(60);
        /// <summary>Larger responses are refused: no API here returns anything near it.</summary>
        public const long DefaultMaximumResponseBytes = 50L * 1024 * 1024;

        /// <summary>Retries after the first attempt (0 = try once).</summary>
        public int MaximumRetryCount { get; set; } = DefaultMaximumRetryCount;
        /// <summary>The first backoff delay; it doubles per attempt, with jitter.</summary>
        public TimeSpan RetryInterval { get; set; } = DefaultRetryInterval;
        /// <summary>The limit for each attempt, headers and body.</summary>
        public TimeSpan Timeout { get; set; } = DefaultTimeout;
        public long MaximumResponseBytes { get; set; } = DefaultMaximumResponseBytes;
        public IHttpTrace? Trace { get; set; }
        /// <summary>Warnings the user must see whether or not they asked for a trace (a long Retry-After).</summary>
        public Action<string>? Warn { get; set; }
        /// <summary>
        /// When the caller's whole budget ends (Wait-HwTask's -TimeoutSec): no attempt runs past it and
        /// no retry waits past it. Null for a single command, whose limit is per attempt.
        /// </summary>
        public DateTimeOffset? Deadline { get; set; }
        /// <summary>A server's Retry-After at least this long is worth a warning.</summary>
        public static readonly TimeSpan LongRetryDelay = TimeSpan.FromSeconds(10);
        /// <summary>Replaceable for tests; returns a factor in [0, 1) for jitter.</summary>
        public Func<double>? Jitter { get; set; }
    }
}
