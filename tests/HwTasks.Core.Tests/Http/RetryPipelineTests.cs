using System.Diagnostics;
using HwTasks.Core.Errors;
using HwTasks.Core.Http;
using static HwTasks.Core.Tests.Http.PipelineFixture;

namespace HwTasks.Core.Tests.Http;

public class RetryPipelineTests
{
    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_GET_retries_throttling_and_server_errors_then_succeeds(int status)
    {
        await using var server = new ScriptedServer((_, n) => n <= 2 ? ScriptedResponse.Json(status, "{}") : ScriptedResponse.Json(200, "{\"ok\":true}"));

        var response = await Send(server, Get());

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal("{\"ok\":true}", response.BodyText);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_start_is_never_sent_twice_after_a_server_error(int status)
    {
        await using var server = new ScriptedServer((_, _) => ScriptedResponse.Json(status, "{\"error_code\":\"X.1\",\"error_msg\":\"boom\"}", "rid-5xx"));

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Send(server, Start()));

        Assert.Single(server.Requests);
        Assert.Equal(status, failure.StatusCode);
        Assert.Equal("rid-5xx", failure.RequestId);
    }

    [Fact]
    public async Task A_start_is_retried_after_429_because_the_gateway_did_not_process_it()
    {
        await using var server = new ScriptedServer((_, n) => n == 1 ? ScriptedResponse.Json(429, "{}") : ScriptedResponse.Json(200, "{}"));

        await Send(server, Start());

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_start_is_not_retried_after_a_dropped_connection()
    {
        await using var server = new ScriptedServer((_, _) => new ScriptedResponse { Drop = true });
        var trace = new TestTrace();

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Send(server, Start(), FastOptions(trace)));

        Assert.Single(server.Requests);
        Assert.Equal(HwCloudErrorKind.Connection, failure.Kind);
        Assert.Contains(trace.VerboseLines, l => l.StartsWith("Not retrying StartJob", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_GET_is_retried_after_a_dropped_connection()
    {
        await using var server = new ScriptedServer((_, n) => n == 1 ? new ScriptedResponse { Drop = true } : new ScriptedResponse());

        await Send(server, Get());

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_start_is_retried_when_the_connection_is_refused_and_fails_after_the_attempts()
    {
        var trace = new TestTrace();
        var target = Target(ScriptedServer.RefusingUri());

        var failure = await Assert.ThrowsAsync<HwCloudException>(() =>
            HwCloudClient.Shared.SendAsync(target, Start(), FastOptions(trace, retries: 2), default));

        Assert.Equal(HwCloudErrorKind.Connection, failure.Kind);
        Assert.Equal("ConnectionFailed", failure.ErrorId);
        Assert.Equal(2, trace.VerboseLines.Count(l => l.StartsWith("Retrying CDM StartJob", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Retry_After_is_honoured()
    {
        await using var server = new ScriptedServer((_, n) => n == 1
            ? new ScriptedResponse { Status = 429, Headers = new() { ["Retry-After"] = "1" } }
            : new ScriptedResponse());
        var trace = new TestTrace();
        var clock = Stopwatch.StartNew();

        await Send(server, Get(), FastOptions(trace));

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), "waited " + clock.Elapsed);
        Assert.Contains(trace.VerboseLines, l => l.Contains("after HTTP 429 in 1 s (attempt 2 of 4)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_last_attempt_the_error_carries_status_code_message_and_request_id()
    {
        await using var server = new ScriptedServer((_, _) =>
            ScriptedResponse.Json(503, "{\"error_code\":\"APIGW.0503\",\"error_msg\":\"Service unavailable\"}", "rid-last"));

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Send(server, Get(), FastOptions(retries: 2)));

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(503, failure.StatusCode);
        Assert.Equal("APIGW.0503", failure.ServiceErrorCode);
        Assert.Equal("CDM ListClusters failed: HTTP 503 Service Unavailable, APIGW.0503: Service unavailable. (request id rid-last)", failure.Message);
    }

    [Fact]
    public async Task A_response_slower_than_the_timeout_fails_as_a_timeout_and_a_GET_is_retried()
    {
        await using var server = new ScriptedServer((_, _) => new ScriptedResponse { Delay = TimeSpan.FromSeconds(5) });
        var options = FastOptions(retries: 1);
        options.Timeout = TimeSpan.FromMilliseconds(300);
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Send(server, Get(), options));

        Assert.Equal(HwCloudErrorKind.Timeout, failure.Kind);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), "took " + clock.Elapsed);
        Assert.Contains("no complete response within 0.3 s (-TimeoutSec)", failure.Message);
    }

    [Fact]
    public async Task A_start_that_times_out_is_not_sent_again()
    {
        await using var server = new ScriptedServer((_, _) => new ScriptedResponse { Delay = TimeSpan.FromSeconds(5) });
        var options = FastOptions();
        options.Timeout = TimeSpan.FromMilliseconds(300);

        var failure = await Assert.ThrowsAsync<HwCloudException>(() => Send(server, Start(), options));

        Assert.Equal(HwCloudErrorKind.Timeout, failure.Kind);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Cancellation_stops_a_slow_request_promptly()
    {
        await using var server = new ScriptedServer((_, _) => new ScriptedResponse { Delay = TimeSpan.FromSeconds(10) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Send(server, Get(), cancellationToken: cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), "took " + clock.Elapsed);
    }

    [Fact]
    public async Task Cancellation_also_stops_the_wait_between_attempts()
    {
        await using var server = new ScriptedServer((_, _) => new ScriptedResponse { Status = 503, Headers = new() { ["Retry-After"] = "8" } });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Send(server, Get(), cancellationToken: cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), "took " + clock.Elapsed);
    }
}
