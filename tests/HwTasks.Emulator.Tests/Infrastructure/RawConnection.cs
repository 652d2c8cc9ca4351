using System.Net.Sockets;
using System.Text;

namespace HwTasks.Emulator.Tests.Infrastructure;

/// <summary>A plain TCP connection to the emulator, for what HttpClient hides: framing, interim answers, connection reuse.</summary>
internal sealed class RawConnection : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly CancellationTokenSource _hang = new(TimeSpan.FromSeconds(60));
    private readonly List<byte> _pending = new();

    private RawConnection(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    public static async Task<RawConnection> OpenAsync(Uri baseAddress)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(baseAddress.Host, baseAddress.Port);
        return new RawConnection(tcp);
    }

    public Task SendAsync(string text) => _stream.WriteAsync(Encoding.UTF8.GetBytes(text), _hang.Token).AsTask();

    /// <summary>One answer: its head, then a body framed by Content-Length, chunks, or the end of the connection.</summary>
    public async Task<RawResponse> ReadResponseAsync(bool head = false)
    {
        var headText = Encoding.ASCII.GetString(await ReadUntilAsync("\r\n\r\n"u8.ToArray()));
        var lines = headText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var headers = lines.Skip(1).Select(l => (Name: l[..l.IndexOf(':')], Value: l[(l.IndexOf(':') + 1)..].Trim())).ToList();
        var status = int.Parse(lines[0].Split(' ')[1]);
        string? Header(string name) => headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

        var body = new List<byte>();
        if (head || status is 100 or 204 or 304)
        {
        }
        else if (Header("Content-Length") is { } length)
        {
            body.AddRange(await ReadExactlyAsync(int.Parse(length)));
        }
        else if (Header("Transfer-Encoding") == "chunked")
        {
            while (true)
            {
                var size = Convert.ToInt32(Encoding.ASCII.GetString(await ReadUntilAsync("\r\n"u8.ToArray())).Trim(), 16);
                if (size == 0) break;
                body.AddRange(await ReadExactlyAsync(size));
                await ReadExactlyAsync(2);
            }
            await ReadExactlyAsync(2);
        }
        else
        {
            body.AddRange(_pending);
            _pending.Clear();
            body.AddRange(await ReadToEndAsync());
        }
        return new RawResponse(status, lines[0], headers, Encoding.UTF8.GetString(body.ToArray()));
    }

    /// <summary>True when the server has closed the connection (nothing more arrives).</summary>
    public async Task<bool> ClosedByServerAsync() => _pending.Count == 0 && (await ReadToEndAsync()).Length == 0;

    private async Task<byte[]> ReadUntilAsync(byte[] end)
    {
        while (true)
        {
            var at = _pending.ToArray().AsSpan().IndexOf(end);
            if (at >= 0)
            {
                var found = _pending.Take(at).ToArray();
                _pending.RemoveRange(0, at + end.Length);
                return found;
            }
            if (!await FillAsync()) throw new IOException("The connection ended: " + Encoding.ASCII.GetString(_pending.ToArray()));
        }
    }

    private async Task<byte[]> ReadExactlyAsync(int count)
    {
        while (_pending.Count < count)
        {
            if (!await FillAsync()) throw new IOException("The connection ended within a body.");
        }
        var bytes = _pending.Take(count).ToArray();
        _pending.RemoveRange(0, count);
        return bytes;
    }

    private async Task<byte[]> ReadToEndAsync()
    {
        var all = new List<byte>();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await _stream.ReadAsync(buffer, _hang.Token)) > 0) all.AddRange(buffer.Take(read));
        return all.ToArray();
    }

    private async Task<bool> FillAsync()
    {
        var buffer = new byte[16 * 1024];
        var read = await _stream.ReadAsync(buffer, _hang.Token);
        _pending.AddRange(buffer.Take(read));
        return read > 0;
    }

    public ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        _hang.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal sealed record RawResponse(int Status, string StatusLine, IReadOnlyList<(string Name, string Value)> Headers, string Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
