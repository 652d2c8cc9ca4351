using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace HwTasks.Emulator.Http;

/// <summary>
/// A small HTTP/1.1 server over sockets. Not HttpListener: on Windows that is http.sys, which
/// needs a URL reservation (or an administrator) for 127.0.0.1, cannot pick a free port, adds its
/// own Server header and answers some requests itself, so the same test would behave differently
/// per platform. Here every byte on the wire is the emulator's, on every platform.
/// </summary>
internal sealed class HttpServer : IAsyncDisposable
{
    private readonly List<Socket> _listeners = new();
    private readonly List<Task> _acceptLoops = new();
    private readonly ConcurrentDictionary<HttpConnection, Task> _connections = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<HttpExchange, Task> _application;
    private readonly Action<Exception>? _onError;

    private HttpServer(Func<HttpExchange, Task> application, Action<Exception>? onError)
    {
        _application = application;
        _onError = onError;
    }

    /// <summary>The base address of the first listen address, with the port actually bound.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static HttpServer Start(IReadOnlyList<ListenAddress> addresses, Func<HttpExchange, Task> application, Action<Exception>? onError)
    {
        var server = new HttpServer(application, onError);
        try
        {
            foreach (var address in addresses)
            {
                var listener = new Socket(address.Address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                server._listeners.Add(listener);
                if (address.Address.Equals(IPAddress.IPv6Any)) listener.DualMode = true;
                listener.Bind(new IPEndPoint(address.Address, address.Port));
                listener.Listen(512);
                var bound = ((IPEndPoint)listener.LocalEndPoint!).Port;
                server.BaseAddress ??= address.BaseAddress(bound);
            }
        }
        catch
        {
            foreach (var listener in server._listeners) listener.Dispose();
            throw;
        }
        foreach (var listener in server._listeners) server._acceptLoops.Add(server.AcceptAsync(listener));
        return server;
    }

    private async Task AcceptAsync(Socket listener)
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(_stopping.Token);
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException e)
            {
                // Out of descriptors, or a connection reset before it was accepted: keep serving the others.
                _onError?.Invoke(e);
                await Task.Delay(50);
                continue;
            }
            socket.NoDelay = true;
            var connection = new HttpConnection(socket, _application, _onError, _stopping.Token);
            // Registered before it runs, so a connection that ends at once is still removed.
            _connections[connection] = Task.CompletedTask;
            var run = Task.Run(async () =>
            {
                await connection.RunAsync();
                _connections.TryRemove(connection, out _);
            });
            _connections.TryUpdate(connection, run, Task.CompletedTask);
        }
    }

    /// <summary>Stops listening and ends every connection, including requests still being served.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested) return;
        _stopping.Cancel();
        foreach (var listener in _listeners) listener.Dispose();
        foreach (var connection in _connections.Keys) connection.Abort();
        try
        {
            await Task.WhenAll(_acceptLoops.Concat(_connections.Values)).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            // A handler that ignores cancellation: its connection is already closed.
        }
    }
}
