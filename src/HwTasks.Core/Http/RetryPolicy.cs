using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// When to try again. Idempotent calls retry on 429, 5xx, timeouts and connection failures.
    /// A call that is not idempotent (a start or stop) retries only where the server cannot have
    /// acted on it: 429 (throttled before processing) and a refused connection.
    /// </summary>
    internal static class RetryPolicy
    {
        public static bool ShouldRetry(HttpStatusCode status, bool idempotent)
        {
            var code = (int)status;
            if (code == 429) return true;
            return idempotent && (code == 500 || code == 502 || code == 503 || code == 504);
        }

        public static bool ShouldRetry(Exception failure, bool idempotent) =>
            idempotent || IsConnectionRefused(failure);

        public static bool IsConnectionRefused(Exception failure)
        {
            for (var e = failure; e is not null; e = e.InnerException)
            {
                if (e is SocketException socket && socket.SocketErrorCode == SocketError.ConnectionRefused) return true;
            }
            return false;
        }

        /// <summary>Retry-After (seconds or an HTTP date) when the server sent one, else exponential backoff with jitter.</summary>
        public static TimeSpan Delay(HttpResponseMessage? response, int attempt, CallOptions options, Random random)
        {
            var delay = RetryAfter(response) ?? Backoff(attempt, options, random);
            if (delay < TimeSpan.Zero) delay = TimeSpan.Zero;
            return delay > CallOptions.MaximumRetryDelay ? CallOptions.MaximumRetryDelay : delay;
        }

        /// <summary>
        /// Null when waiting <paramref name="delay"/> is within the caller's limits; otherwise why not.
        /// A server's Retry-After longer than the per-attempt -TimeoutSec (or the 60 s cap), or one that
        /// would end past the caller's deadline, is not waited for: the call fails now and says why.
        /// </summary>
        public static string? WhyNotWait(HttpResponseMessage? response, TimeSpan delay, CallOptions options)
        {
            var asked = RetryAfter(response);
            if (asked.HasValue && (asked.Value > options.Timeout || asked.Value > CallOptions.MaximumRetryDelay))
            {
                var limit = options.Timeout < CallOptions.MaximumRetryDelay ? options.Timeout : CallOptions.MaximumRetryDelay;
                return "the service asks to wait " + Seconds(asked.Value) + " before retrying (Retry-After), longer than the " +
                       Seconds(limit) + (limit == options.Timeout ? " -TimeoutSec allows" : " HwTasks waits at most");
            }
            if (options.Deadline.HasValue && DateTimeOffset.UtcNow + delay >= options.Deadline.Value)
                return "the next attempt (in " + Seconds(delay) + ") would start after the time allowed for the whole command (-TimeoutSec)";
            return null;
        }

        private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s";

        private static TimeSpan? RetryAfter(HttpResponseMessage? response)
        {
            var header = response?.Headers.RetryAfter;
            if (header is null) return null;
            if (header.Delta.HasValue) return header.Delta.Value;
            if (header.Date.HasValue) return header.Date.Value - DateTimeOffset.UtcNow;
            return null;
        }

        // Attempt 1 waits about one interval, attempt 2 about two, then four...; the jitter takes
        // up to half away so that many clients throttled together do not come back together.
        private static TimeSpan Backoff(int attempt, CallOptions options, Random random)
        {
            var factor = Math.Pow(2, Math.Min(attempt - 1, 16));
            var jitter = options.Jitter?.Invoke() ?? NextDouble(random);
            return TimeSpan.FromMilliseconds(options.RetryInterval.TotalMilliseconds * factor * (1 - jitter / 2));
        }

        private static double NextDouble(Random random)
        {
            lock (random) return random.NextDouble();
        }
    }
}
