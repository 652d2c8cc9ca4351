using System.Text;

namespace HwTasks.Emulator.Http;

/// <summary>
/// What a client sent on one connection that no one has consumed yet. At most one socket read is
/// outstanding: either the one a parser or a request body waits for, or the one that watches the
/// connection while a request is served, so that a client going away is noticed at once (as
/// ASP.NET Core's RequestAborted was; latency faults and the request log rely on it).
/// </summary>
internal sealed class ConnectionInput
{
    private readonly Stream _stream;
    private readonly byte[] _readBuffer = new byte[16 * 1024];
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private Task<int>? _pendingRead;

    public ConnectionInput(Stream stream) => _stream = stream;

    public ReadOnlySpan<byte> Buffered => _buffer.AsSpan(_start, _end - _start);

    public int BufferedCount => _end - _start;

    /// <summary>The client closed its side (or the connection failed): nothing more will arrive.</summary>
    public bool Ended { get; private set; }

    public void Consume(int count)
    {
        _start += count;
        if (_start == _end) _start = _end = 0;
    }

    /// <summary>Reads more bytes into <see cref="Buffered"/>; false when the client has closed its side.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken ct)
    {
        if (Ended) return false;
        _pendingRead ??= _stream.ReadAsync(_readBuffer, 0, _readBuffer.Length);
        int count;
        try
        {
            count = await _pendingRead.WaitAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Ended = true;
            throw;
        }
        _pendingRead = null;
        if (count == 0)
        {
            Ended = true;
            return false;
        }
        Append(_readBuffer.AsSpan(0, count));
        return true;
    }

    /// <summary>Calls <paramref name="clientGone"/> when the client closes or resets the connection.</summary>
    public void WatchForClose(Action clientGone)
    {
        if (Ended)
        {
            clientGone();
            return;
        }
        _pendingRead ??= _stream.ReadAsync(_readBuffer, 0, _readBuffer.Length);
        _pendingRead.ContinueWith(read =>
        {
            if (read.IsCompletedSuccessfully && read.Result > 0) return;
            _ = read.Exception;
            clientGone();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>
    /// One line without its end (LF, or CRLF; Kestrel accepted both); null when the connection ends
    /// before a line starts. A line longer than <paramref name="limit"/> is refused with <paramref name="tooLong"/>.
    /// </summary>
    public async ValueTask<string?> ReadLineAsync(int limit, int tooLong, CancellationToken ct)
    {
        while (true)
        {
            var end = Buffered.IndexOf((byte)'\n');
            if (end >= 0)
            {
                if (end > limit) throw new BadHttpRequestException("The line is too long.", tooLong);
                var length = end > 0 && Buffered[end - 1] == '\r' ? end - 1 : end;
                var line = Encoding.Latin1.GetString(Buffered[..length]);
                Consume(end + 1);
                return line;
            }
            if (BufferedCount > limit) throw new BadHttpRequestException("The line is too long.", tooLong);
            if (!await FillAsync(ct))
            {
                if (BufferedCount == 0) return null;
                throw new BadHttpRequestException("The connection ended within a line.");
            }
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length - _end < bytes.Length)
        {
            var used = _end - _start;
            var target = used + bytes.Length > _buffer.Length ? new byte[Math.Max(_buffer.Length * 2, used + bytes.Length)] : _buffer;
            Buffer.BlockCopy(_buffer, _start, target, 0, used);
            _buffer = target;
            _start = 0;
            _end = used;
        }
        bytes.CopyTo(_buffer.AsSpan(_end));
        _end += bytes.Length;
    }
}
