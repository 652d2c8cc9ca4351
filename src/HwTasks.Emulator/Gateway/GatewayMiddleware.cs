using System.Security.Cryptography;
using HwTasks.Emulator.Auth;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Logging;
using Microsoft.AspNetCore.Http.Features;

namespace HwTasks.Emulator.Gateway;

/// <summary>
/// What stands in front of every service and IAM route, in the order a real request meets it:
/// request id, body buffering (413), injected faults (a counted rule, else a chaos draw) that
/// model a proxy failing before the service, routing (404), authentication (401/403), the service,
/// then faults that fire after the service acted. Every request is logged, whatever happened to it.
/// </summary>
public sealed class GatewayMiddleware
{
    private readonly RequestDelegate _next;
    private readonly GatewayAuthenticator _authenticator;
    private readonly FaultRegistry _faults;
    private readonly ChaosFaults _chaos;
    private readonly RequestLog _log;
    private readonly TimeProvider _wallClock;
    private readonly long _bodyLimit;

    public GatewayMiddleware(RequestDelegate next, GatewayAuthenticator authenticator, FaultRegistry faults, ChaosFaults chaos,
        RequestLog log, TimeProvider wallClock, EmulatorOptions options)
    {
        _chaos = chaos;
        _next = next;
        _authenticator = authenticator;
        _faults = faults;
        _log = log;
        _wallClock = wallClock;
        _bodyLimit = options.MaxRequestBodyBytes;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (RouteScope.IsAdmin(context.Request.Path))
        {
            await _next(context);
            return;
        }

        var sequence = _log.NextSequence();
        var received = _wallClock.GetUtcNow();
        var requestId = RequestId.New();
        context.Items[RequestId.ItemKey] = requestId;
        context.Response.Headers[RequestId.Header] = requestId;
        // The gateway's own time, so a client can tell how far off its clock is.
        context.Response.Headers.Date = received.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        var query = context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : string.Empty;
        var body = Array.Empty<byte>();
        long bodyLength = 0;
        FaultRule? fault = null;
        // The fault that struck, if any: one meant for after processing does not when the gateway
        // refuses the request first, and then the log must not say the service acted.
        FaultRule? fired = null;
        int? processedStatus = null;
        var logged = false;
        void Log()
        {
            if (logged) return;
            logged = true;
            var dropped = fired?.Kind == FaultKind.Drop;
            _log.Add(new RequestLogEntry(
                sequence,
                received,
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                query,
                SecretRedactor.Headers(context.Request.Headers),
                SecretRedactor.Body(context.Request.Method, context.Request.Path.Value ?? "/", body),
                body.Length == bodyLength ? Convert.ToHexStringLower(SHA256.HashData(body)) : null,
                bodyLength,
                dropped ? 0 : context.Response.StatusCode,
                requestId,
                fired?.Kind.WireName(),
                processedStatus));
        }
        // A dropped connection is logged before the abort: the client sees the reset at once and a
        // test reading the log right after must already find the request there.
        void Fire(FaultRule rule, int? processed)
        {
            fired = rule;
            processedStatus = processed;
            if (rule.Kind == FaultKind.Drop) Log();
        }

        try
        {
            var buffered = await RequestBodyBuffer.ReadAsync(context.Request, _bodyLimit, context.RequestAborted);
            bodyLength = buffered.BytesSeen;
            if (buffered.TooLarge)
            {
                await Hosting.Reply.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, GatewayErrors.BodyTooLarge(context, _bodyLimit));
                return;
            }
            body = buffered.Bytes;
            context.Request.Body = new MemoryStream(body, writable: false);

            var path = context.Request.Path.Value ?? "/";
            fault = _faults.TryTake(context.Request.Method, path)
                    ?? _chaos.Draw(context.Request.Method, path, query);
            if (fault is { Kind: FaultKind.Latency })
            {
                fired = fault;
                await Task.Delay(Math.Max(0, fault.LatencyMs ?? 1000), context.RequestAborted);
            }
            else if (fault is { AfterProcessing: false })
            {
                Fire(fault, null);
                await FaultResponder.WriteAsync(context, fault, null);
                return;
            }

            if (context.GetEndpoint() is null)
            {
                await Hosting.Reply.WriteAsync(context, StatusCodes.Status404NotFound, GatewayErrors.RouteNotFound(context));
                return;
            }

            if (!RouteScope.IsAnonymous(context.Request.Method, context.Request.Path))
            {
                var outcome = _authenticator.Authenticate(context, body);
                if (!outcome.Succeeded)
                {
                    await Hosting.Reply.WriteAsync(context, outcome.Status, outcome.Error!);
                    return;
                }
                context.Items[Caller.ItemKey] = outcome.Caller;
            }

            if (fault is { AfterProcessing: true } && fault.Kind != FaultKind.Latency)
                await RunThenFailAsync(context, fault, Fire);
            else
                await _next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            // A bug of the emulator's, answered the way the gateway answers a backend failure: a JSON
            // error with the request id, never an empty 500 a client cannot tell from a dropped reply.
            var id = context.Response.Headers[RequestId.Header].ToString();
            context.Response.Clear();
            context.Response.Headers[RequestId.Header] = id;
            await Hosting.Reply.WriteAsync(context, StatusCodes.Status500InternalServerError,
                GatewayErrors.Body(context, "APIGW.0103", "The backend failed: " + e.GetType().Name + ": " + e.Message));
        }
        finally
        {
            Log();
        }
    }

    /// <summary>
    /// "The server may have acted": the service changes state as usual, but the client gets the
    /// fault instead of the real answer, so it cannot tell whether its call took effect.
    /// </summary>
    /// <param name="fire">Told the fault and the status of the real answer it replaces, before the fault is written.</param>
    private async Task RunThenFailAsync(HttpContext context, FaultRule fault, Action<FaultRule, int?> fire)
    {
        var realBody = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var captured = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(captured));
        try
        {
            await _next(context);
        }
        finally
        {
            context.Features.Set(realBody);
        }

        var processedStatus = context.Response.StatusCode;
        var requestId = context.Response.Headers[RequestId.Header].ToString();
        context.Response.Clear();
        context.Response.Headers[RequestId.Header] = requestId;
        fire(fault, processedStatus);
        await FaultResponder.WriteAsync(context, fault, captured.ToArray());
    }
}
