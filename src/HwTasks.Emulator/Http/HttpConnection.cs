using System.Net.Sockets;

namespace HwTasks.Emulator.Http;

/// <summary>
/// One client connection: requests one after another (HTTP/1.1 keep-alive), each handed to the
/// application, each answer completed and the unread rest of its body drained before the next.
/// </summary>
internal sealed class HttpConnection
{
    /// <summary>How long a connection may sit idle before a request (Kestrel's keep-alive timeout).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(130);

    /// <summary>How long an unread request body may take to drain before the connection is closed instead.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    /// <summary>How long a closing connection waits for the client to close its side.</summary>
    private static readonly TimeSpan LingerTimeout = TimeSpan.FromSeconds(2);

    private static readonly byte[] Continue = "HTTP/1.1 100 Continue\r\n\r\n"u8.ToArray();

    private readonly Socket _socket;
    private readonly Stream _output;
    private readonly ConnectionInput _input;
    private readonly Func<HttpExchange, Task> _application;
    private readonly Action<Exception>? _onError;
    private readonly CancellationTokenSource _closed;
    private int _aborted;

    public HttpConnection(Socket socket, Func<HttpExchange, Task> application, Action<Exception>? onError, CancellationToken serverStopping)
    {
        _socket = socket;
        var stream = new NetworkStream(socket, ownsSocket: true);
        _input = new ConnectionInput(stream);
        _output = new BufferedStream(stream, 16 * 1024);
        _application = application;
        _onError = onError;
        _closed = CancellationTokenSource.CreateLinkedTokenSource(serverStopping);
    }

    public async Task RunAsync()
    {
        try
        {
            while (!_closed.IsCancellationRequested)
            {
                RequestHead? head;
                try
                {
                    using var idle = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
                    idle.CancelAfter(IdleTimeout);
                    head = await RequestHeadParser.ReadAsync(_input, idle.Token);
                }
                catch (BadHttpRequestException e)
                {
                    await RefuseAsync(e);
                    return;
                }
                if (head is null || !await ServeAsync(head)) return;
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away or the server is stopping: nothing left to answer.
        }
        catch (Exception e)
        {
            // A handler failed after its answer had started: the client sees the connection end.
            _onError?.Invoke(e);
        }
        finally
        {
            await LingerAsync();
            Close();
            _closed.Dispose();
        }
    }

    /// <summary>Resets the connection (RST, no answer), as Kestrel's HttpContext.Abort did.</summary>
    public void Abort()
    {
        if (Interlocked.Exchange(ref _aborted, 1) == 1) return;
        try
        {
            _socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
        Close();
    }

    private async Task<bool> ServeAsync(RequestHead head)
    {
        var continueSent = false;
        async ValueTask SendContinueAsync()
        {
            // Only a client still holding its body back waits for the 100.
            if (continueSent || _input.BufferedCount > 0) return;
            continueSent = true;
            await _output.WriteAsync(Continue, _closed.Token);
            await _output.FlushAsync(_closed.Token);
        }

        var body = RequestBody.For(head, _input, SendContinueAsync, () => _input.WatchForClose(Close));
        var responseBody = new ResponseBody(_output, head.Method, head.Protocol, head.KeepAlive);
        var response = new HttpResponse(responseBody);
        var exchange = new HttpExchange(new HttpRequest(head, body), response, _closed.Token, Abort);
        try
        {
            await _application(exchange);
        }
        catch (Exception e) when (!response.HasStarted && !_closed.IsCancellationRequested)
        {
            // Kestrel's answer to a handler that failed before answering: the status alone, no body.
            if (e is not BadHttpRequestException) _onError?.Invoke(e);
            response.Clear();
            response.StatusCode = e is BadHttpRequestException bad ? bad.Status : StatusCodes.Status500InternalServerError;
            // An unreadable body leaves the connection in an unknown state.
            if (e is BadHttpRequestException) response.Headers.Set(KnownHeaders.Connection, "close");
        }

        // A client that left (or a dropped connection) gets nothing, as from Kestrel.
        if (_closed.IsCancellationRequested) return false;
        await responseBody.CompleteAsync(_closed.Token);
        if (!responseBody.KeepAlive) return false;

        using var drain = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
        drain.CancelAfter(DrainTimeout);
        await body.DrainAsync(drain.Token);
        return true;
    }

    /// <summary>
    /// Ends a connection the server chose to close: FIN first, then a short wait for the client to
    /// close its side. Closing a socket with unread input resets it, and a reset can destroy an
    /// answer the client has not read yet (an HTTP/1.0 body that ends with the connection, a 400).
    /// </summary>
    private async Task LingerAsync()
    {
        if (_closed.IsCancellationRequested) return;
        try
        {
            await _output.FlushAsync(_closed.Token);
            _socket.Shutdown(SocketShutdown.Send);
            using var linger = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
            linger.CancelAfter(LingerTimeout);
            while (await _input.FillAsync(linger.Token)) _input.Consume(_input.BufferedCount);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Gone already, or too slow to say so: close anyway.
        }
    }

    /// <summary>A request that could not be read: its status, no body, and the connection closes.</summary>
    private async Task RefuseAsync(BadHttpRequestException e)
    {
        var headers = new HttpHeaders();
        headers.Set(KnownHeaders.Connection, "close");
        headers.Set(KnownHeaders.Date, ResponseHead.Now());
        if (e.Allow is not null) headers.Set(KnownHeaders.Allow, e.Allow);
        await _output.WriteAsync(ResponseHead.Format(e.Status, headers, 0), _closed.Token);
        await _output.FlushAsync(_closed.Token);
    }

    /// <summary>Ends the connection; also what the watcher calls when the client goes away mid-request.</summary>
    private void Close()
    {
        try
        {
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already closed and disposed.
        }
        _socket.Dispose();
    }
}
