using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// The outermost handler: bounds each attempt by -TimeoutSec, retries what is safe to retry
    /// (see <see cref="RetryPolicy"/>), and turns transport failures into <see cref="HwCloudException"/>.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private static readonly Random Random = new Random();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var state = CallState.Of(request);
            var options = state.Options;
            var maximumAttempts = Math.Max(0, options.MaximumRetryCount) + 1;
            var tokenRenewed = false;
            for (var attempt = 1; ; attempt++)
            {
                state.Attempt = attempt;
                HttpResponseMessage? response = null;
                HwCloudException? failure = null;
                var transientFailureRetryable = false;
                var attemptLimit = AttemptLimit(options);
                if (attemptLimit <= TimeSpan.Zero) throw DeadlinePassed(state);
                using (var attemptToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    attemptToken.CancelAfter(attemptLimit);
                    try
                    {
                        response = await base.SendAsync(request, attemptToken.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        failure = attemptLimit < options.Timeout ? DeadlinePassed(state) : Timeout(state);
                        transientFailureRetryable = state.Request.IsIdempotent;
                    }
                    catch (ResponseTooLargeException tooLarge)
                    {
                        throw HwCloudException.Transport(HwCloudErrorKind.InvalidResponse, "ResponseTooLarge", state.ServiceName,
                            state.Request.Operation, "the response is larger than " + (tooLarge.Limit / (1024 * 1024)) +
                            " MB, which no " + state.ServiceName + " API returns; it was not read", state.AnsweredRequestId, tooLarge);
                    }
                    catch (Exception e) when (e is HttpRequestException || e is IOException)
                    {
                        failure = TransportFailure.From(state, request.RequestUri!, e, out transientFailureRetryable);
                    }
                }

                // A refused IAM token (expired, or revoked) is replaced once and the request sent again:
                // the gateway refused it before the service saw it, so even a start is safe to resend.
                if (response is not null && (int)response.StatusCode == 401 && !tokenRenewed && state.Target.Authenticator.Refused(state))
                {
                    tokenRenewed = true;
                    maximumAttempts++;
                    options.Trace?.Verbose(state.ServiceName + " refused the IAM token (HTTP 401); requesting a new one and sending " +
                                           state.Request.Operation + " again.");
                    response.Dispose();
                    continue;
                }

                var retryable = response is null ? transientFailureRetryable : RetryPolicy.ShouldRetry(response.StatusCode, state.Request.IsIdempotent);
                if (!retryable || attempt >= maximumAttempts)
                {
                    if (response is null && !retryable && attempt < maximumAttempts)
                        options.Trace?.Verbose("Not retrying " + state.Request.Operation + ": it starts or changes something and the server may already have acted on it.");
                    if (response is not null) return response;
                    throw failure!;
                }

                var delay = RetryPolicy.Delay(response, attempt, options, Random);
                var refusal = RetryPolicy.WhyNotWait(response, delay, options);
                if (refusal is not null)
                {
                    // The server asks for a longer wait than the caller's limits allow: say so now
                    // instead of waiting past them.
                    state.Request.GaveUpBecause = refusal;
                    options.Trace?.Verbose("Not retrying " + state.Request.Operation + ": " + refusal + ".");
                    if (response is not null) return response;
                    throw failure!;
                }
                if (response is not null && (int)response.StatusCode == 429) state.Request.ResentAfterThrottling = true;
                if (delay >= CallOptions.LongRetryDelay)
                {
                    options.Warn?.Invoke(state.ServiceName + " " + state.Request.Operation + " is throttled (HTTP 429); retrying in " +
                                         Seconds(delay) + " as the service asks (Retry-After).");
                }
                options.Trace?.Verbose("Retrying " + state.ServiceName + " " + state.Request.Operation + " after " +
                                       (response is null ? failure!.Message : "HTTP " + (int)response.StatusCode) + " in " +
                                       delay.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s (attempt " +
                                       (attempt + 1) + " of " + maximumAttempts + ").");
                response?.Dispose();
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        // Per attempt -TimeoutSec, and never past the caller's deadline (Wait-HwTask's -TimeoutSec).
        private static TimeSpan AttemptLimit(CallOptions options)
        {
            if (!options.Deadline.HasValue) return options.Timeout;
            var left = options.Deadline.Value - DateTimeOffset.UtcNow;
            return left < options.Timeout ? left : options.Timeout;
        }

        private static HwCloudException DeadlinePassed(CallState state) =>
            HwCloudException.Transport(HwCloudErrorKind.Timeout, "Timeout", state.ServiceName, state.Request.Operation,
                "the time allowed for the whole command (-TimeoutSec) ran out before a response", null);

        private static string Seconds(TimeSpan delay) => delay.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

        private static HwCloudException Timeout(CallState state) =>
            HwCloudException.Transport(HwCloudErrorKind.Timeout, "Timeout", state.ServiceName, state.Request.Operation,
                "no complete response within " + state.Options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) +
                " s (-TimeoutSec)", null);
    }
}
