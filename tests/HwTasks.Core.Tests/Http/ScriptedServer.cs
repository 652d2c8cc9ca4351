using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HwTasks.Core.Tests.Http;

/// <summary>What the loopback server received.</summary>
public sealed record ReceivedRequest(string Method, string Target, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string Path => Target.Split('?')[0];
    public string Query => Target.Contains('?') ? Target[(Target.IndexOf('?') + 1)..] : string.Empty;
    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    public string BodyText => Encoding.UTF8.GetString(Body);
}

/// <summary>How the loopback server answers one request, including the ways real networks fail.</summary>
public sealed class ScriptedResponse
{
    public int Status { get; init; } = 200;
    public string Body { get; init; } = "{}";
    public byte[]? RawBody { get; init; }
    public Dictionary<string, string> Headers { get; init; } = new() { ["Content-Type"] = "application/json" };
    public TimeSpan Delay { get; init; }
    /// <summary>Close the connection without answering.</summary>
    public bool Drop { get; init; }
    /// <summary>Announce the full Content-Length but send only this many body bytes, then close.</summary>
    public int? TruncateAfter { get; init; }
    /// <summary>Omit Content-Length and stream until close.</summary>
    public bool NoContentLength { get; init; }

    public static ScriptedResponse Json(int status, string body, string? requestId = "req-0001") =>
        new() { Status = status, Body = body, Headers = WithRequestId(requestId) };

    private static Dictionary<string, string> WithRequestId(string? requestId)
    {
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" };
        if (requestId is not null) headers["X-Request-Id"] = requestId;
        return headers;
    }
}

/// <summary>
/// A raw-socket HTTP/1.1 server on 127.0.0.1 whose answers a test scripts per request, so the
/// client can be tested against drops, truncation, slowness and every status without mocks.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _count;

    public ScriptedServer(Func<ReceivedRequest, int, ScriptedResponse>? respond = null)
    {
        Respond = respond ?? ((_, _) => new ScriptedResponse());
        _listener.Start();
        BaseUri = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port);
        _loop = Task.Run(AcceptLoop);
    }

    public Uri BaseUri { get; }
    /// <summary>Given the request and its 1-based sequence number.</summary>
    public Func<ReceivedRequest, int, ScriptedResponse> Respond { get; set; }
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>A loopback port nobody listens on: connections to it are refused.</summary>
    public static Uri RefusingUri()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri("http://127.0.0.1:" + port);
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequest(stream);
                if (request is null) return;
                Requests.Enqueue(request);
                var response = Respond(request, Interlocked.Increment(ref _count));
                if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay, _stop.Token);
                if (response.Drop)
                {
                    client.Client.LingerState = new LingerOption(true, 0); // RST, like a crashed proxy
                    return;
                }
                await Write(stream, response);
            }
            catch (Exception)
            {
                // The client went away (timeouts, cancellation): nothing to do.
            }
        }
    }

    private static async Task<ReceivedRequest?> ReadRequest(NetworkStream stream)
    {
        var buffer = new MemoryStream();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one) == 0) return null;
            buffer.WriteByte(one[0]);
        }
        var lines = Encoding.UTF8.GetString(buffer.ToArray()).Split("\r\n");
        var start = lines[0].Split(' ');
        var headers = lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => new KeyValuePair<string, string>(l[..l.IndexOf(':')], l[(l.IndexOf(':') + 1)..].Trim())).ToList();
        var length = int.Parse(headers.FirstOrDefault(h => h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Value ?? "0");
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await stream.ReadAsync(body.AsMemory(read));
            if (n == 0) return null;
            read += n;
        }
        return new ReceivedRequest(start[0], start[1], headers, body);
    }

    private static bool EndsWithBlankLine(MemoryStream buffer)
    {
        if (buffer.Length < 4) return false;
        var b = buffer.GetBuffer();
        var n = (int)buffer.Length;
        return b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n';
    }

    private async Task Write(NetworkStream stream, ScriptedResponse response)
    {
        var body = response.RawBody ?? Encoding.UTF8.GetBytes(response.Body);
        var head = new StringBuilder();
        head.Append("HTTP/1.1 ").Append(response.Status).Append(' ').Append(Reason(response.Status)).Append("\r\n");
        foreach (var header in response.Headers) head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
        if (!response.NoContentLength) head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        head.Append("Connection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        var count = response.TruncateAfter ?? body.Length;
        for (var offset = 0; offset < count; offset += 65536)
        {
            await stream.WriteAsync(body.AsMemory(offset, Math.Min(65536, count - offset)), _stop.Token);
        }
        await stream.FlushAsync();
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK", 201 => "Created", 204 => "No Content", 400 => "Bad Request", 401 => "Unauthorized", 403 => "Forbidden",
        404 => "Not Found", 429 => "Too Many Requests", 500 => "Internal Server Error", 502 => "Bad Gateway",
        503 => "Service Unavailable", 504 => "Gateway Timeout", _ => "Status",
    };

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _loop; } catch { }
        _stop.Dispose();
    }
}
