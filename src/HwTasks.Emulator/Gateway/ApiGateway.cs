using System.Globalization;
using System.Security.Cryptography;
using HwTasks.Core.Auth.Signing;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Logging;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Gateway;

/// <summary>
/// What stands in front of every service and IAM route, in the order a real request meets it:
/// request id, body buffering (413), injected faults (a counted rule, else a chaos draw) that
/// model a proxy failing before the service, routing (404), authentication (401/403), the service,
/// then faults that fire after the service acted. Every request is logged, whatever happened to it.
/// </summary>
internal sealed class ApiGateway(
    GatewayAuthenticator authenticator, FaultRegistry faults, ChaosFaults chaos, RequestLog log, TimeProvider wallClock, long bodyLimit)
{
    public async Task HandleAsync(RequestContext context, Func<RequestContext, Task> next)
    {
        var request = context.Request;
        var sequence = log.NextSequence();
        var received = wallClock.GetUtcNow();
        var requestId = RequestId.New();
        context.RequestId = requestId;
        context.Response.Headers.Set(RequestId.Header, requestId);
        // The gateway's own time, so a client can tell how far off its clock is.
        context.Response.Headers.Set(KnownHeaders.Date, received.ToString("R", CultureInfo.InvariantCulture));

        var query = request.QueryString.Length > 0 ? request.QueryString[1..] : string.Empty;
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
            log.Add(new RequestLogEntry(
                sequence,
                received,
                request.Method,
                request.Path,
                query,
                SecretRedactor.Headers(request.Headers),
                SecretRedactor.Body(context.Route.Endpoint?.CarriesSecrets ?? false, body),
                body.Length == bodyLength ? Hex.Lower(SHA256.HashData(body)) : null,
                bodyLength,
                dropped ? 0 : context.Response.StatusCode,
                requestId,
                fired?.Kind.WireName(),
                processedStatus,
                context.Route.Endpoint?.Service));
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
            var buffered = await RequestBodyBuffer.ReadAsync(request, bodyLimit, context.Aborted);
            bodyLength = buffered.BytesSeen;
            if (buffered.TooLarge)
            {
                await Reply.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, GatewayErrors.BodyTooLarge(context, bodyLimit));
                return;
            }
            body = buffered.Bytes;
            request.Body = new MemoryStream(body, writable: false);

            fault = faults.TryTake(request.Method, request.Path) ?? chaos.Draw(request.Method, request.Path, query);
            if (fault is { Kind: FaultKind.Latency })
            {
                fired = fault;
                await Task.Delay(Math.Max(0, fault.LatencyMs ?? 1000), context.Aborted);
            }
            else if (fault is { AfterProcessing: false })
            {
                Fire(fault, null);
                await FaultResponder.WriteAsync(context, fault, null);
                return;
            }

            if (!context.Route.PathExists)
            {
                await Reply.WriteAsync(context, StatusCodes.Status404NotFound, GatewayErrors.RouteNotFound(context));
                return;
            }

            if (context.Route.Endpoint is not { IsAnonymous: true })
            {
                var outcome = authenticator.Authenticate(context, body);
                if (!outcome.Succeeded)
                {
                    await Reply.WriteAsync(context, outcome.Status, outcome.Error!);
                    return;
                }
                context.Caller = outcome.Caller;
            }

            if (fault is { AfterProcessing: true } && fault.Kind != FaultKind.Latency)
                await RunThenFailAsync(context, next, fault, Fire);
            else
                await next(context);
        }
        catch (OperationCanceledException) when (context.Aborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            // A bug of the emulator's, answered the way the gateway answers a backend failure: a JSON
            // error with the request id, never an empty 500 a client cannot tell from a dropped reply.
            context.Response.Clear();
            context.Response.Headers.Set(RequestId.Header, requestId);
            await Reply.WriteAsync(context, StatusCodes.Status500InternalServerError,
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
    private static async Task RunThenFailAsync(RequestContext context, Func<RequestContext, Task> next, FaultRule fault, Action<FaultRule, int?> fire)
    {
        var realBody = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = realBody;
        }

        var processedStatus = context.Response.StatusCode;
        var requestId = context.RequestId;
        context.Response.Clear();
        context.Response.Headers.Set(RequestId.Header, requestId);
        fire(fault, processedStatus);
        await FaultResponder.WriteAsync(context, fault, captured.ToArray());
    }
}
