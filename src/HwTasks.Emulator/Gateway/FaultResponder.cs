using System.Text;
using System.Text.Json.Nodes;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Gateway;

/// <summary>Produces the broken responses of <see cref="FaultKind"/> (all but latency, which only delays).</summary>
internal static class FaultResponder
{
    // Used when a fault must break a JSON body but the real handler produced none (or ran not at all).
    private const string SampleJson = "{\"count\":2,\"tasks\":[{\"id\":\"8abfa7b372160bfd0172165864064079\",\"status\":\"SUCCESS\"},{\"id\":\"8abfa7b372160bfd017216560af83e6e\",\"status\":\"EXECUTING\"}]}";

    private const string BadGatewayPage =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private const string MaintenancePage =
        "<!DOCTYPE html><html><head><title>Service maintenance</title></head><body><p>The service is under maintenance.</p></body></html>";

    /// <param name="processedBody">The real response body when the fault fires after processing.</param>
    public static Task WriteAsync(RequestContext context, FaultRule rule, byte[]? processedBody) => rule.Kind switch
    {
        FaultKind.Status => WriteStatusAsync(context, rule.Status ?? StatusCodes.Status500InternalServerError, rule.RetryAfterSeconds),
        FaultKind.Truncated => WriteTruncatedAsync(context, processedBody),
        FaultKind.NonJson => Reply.WriteTextAsync(context, StatusCodes.Status200OK, "text/html", MaintenancePage),
        FaultKind.Empty => WriteEmptyAsync(context),
        FaultKind.Drop => DropAsync(context),
        FaultKind.Oversize => WriteOversizeAsync(context, rule.SizeBytes ?? FaultRule.DefaultOversizeBytes),
        FaultKind.Body => Reply.WriteTextAsync(context, rule.Status ?? StatusCodes.Status200OK, rule.ContentType ?? Reply.Json, rule.Body ?? string.Empty),
        _ => Task.CompletedTask,
    };

    private static Task WriteStatusAsync(RequestContext context, int status, int? retryAfterSeconds)
    {
        if (status == StatusCodes.Status429TooManyRequests || retryAfterSeconds is not null)
            context.Response.Headers.Set(KnownHeaders.RetryAfter, (retryAfterSeconds ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return status switch
        {
            StatusCodes.Status429TooManyRequests => Reply.WriteAsync(context, status, GatewayErrors.Body(context, "APIGW.0308",
                "The throttling threshold has been reached: policy user over ratelimit")),
            StatusCodes.Status500InternalServerError => Reply.WriteAsync(context, status, GatewayErrors.Body(context, "APIGW.0103",
                "The backend service returned an internal error")),
            StatusCodes.Status502BadGateway => Reply.WriteTextAsync(context, status, "text/html", BadGatewayPage),
            StatusCodes.Status503ServiceUnavailable => Reply.WriteAsync(context, status, GatewayErrors.Body(context, "APIGW.0203",
                "The backend service is unavailable")),
            StatusCodes.Status504GatewayTimeout => Reply.WriteAsync(context, status, GatewayErrors.Body(context, "APIGW.0202",
                "The backend service timed out")),
            _ => Reply.WriteAsync(context, status, new JsonObject
            {
                ["error_code"] = "EMULATOR.FAULT",
                ["error_msg"] = $"Injected fault: HTTP {status}",
            }),
        };
    }

    private static Task WriteTruncatedAsync(RequestContext context, byte[]? processedBody)
    {
        var full = processedBody is { Length: > 2 } ? processedBody : Encoding.UTF8.GetBytes(SampleJson);
        var half = full.AsMemory(0, full.Length / 2);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = Reply.Json;
        context.Response.ContentLength = half.Length;
        return context.Response.Body.WriteAsync(half, context.Aborted).AsTask();
    }

    private static Task WriteEmptyAsync(RequestContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = Reply.Json;
        context.Response.ContentLength = 0;
        return Task.CompletedTask;
    }

    private static Task DropAsync(RequestContext context)
    {
        // Resets the connection with no status line: the client sees a transport error.
        context.Exchange.Abort();
        return Task.CompletedTask;
    }

    /// <summary>Streams a syntactically valid JSON object of exactly <paramref name="size"/> bytes from one reused buffer.</summary>
    private static async Task WriteOversizeAsync(RequestContext context, long size)
    {
        var head = "{\"padding\":\""u8.ToArray();
        var tail = "\"}"u8.ToArray();
        size = Math.Max(size, head.Length + tail.Length);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = Reply.Json;
        context.Response.ContentLength = size;

        var ct = context.Aborted;
        await context.Response.Body.WriteAsync(head, ct);
        var filler = new byte[64 * 1024];
        Array.Fill(filler, (byte)'x');
        var remaining = size - head.Length - tail.Length;
        while (remaining > 0 && !ct.IsCancellationRequested)
        {
            var count = (int)Math.Min(filler.Length, remaining);
            await context.Response.Body.WriteAsync(filler.AsMemory(0, count), ct);
            remaining -= count;
        }
        await context.Response.Body.WriteAsync(tail, ct);
    }
}
