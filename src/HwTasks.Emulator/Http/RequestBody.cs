namespace HwTasks.Emulator.Http;

/// <summary>
/// A request body as a read-only stream over the connection. The first read answers an
/// "Expect: 100-continue" (when the client is still holding the body back); reaching the end
/// lets the connection watch for the client going away while the answer is prepared.
/// </summary>
internal abstract class RequestBody : Stream
{
    private Func<ValueTask>? _beforeFirstRead;
    private Action? _atEnd;

    protected RequestBody(ConnectionInput input, Func<ValueTask>? beforeFirstRead, Action atEnd)
    {
        Input = input;
        _beforeFirstRead = beforeFirstRead;
        _atEnd = atEnd;
    }

    protected ConnectionInput Input { get; }

    /// <summary>Every byte of the body has been read.</summary>
    public bool IsComplete { get; private set; }

    public static RequestBody For(RequestHead head, ConnectionInput input, Func<ValueTask> sendContinue, Action atEnd)
    {
        var beforeFirstRead = head.ExpectsContinue ? sendContinue : null;
        return head.Chunked
            ? new ChunkedRequestBody(input, beforeFirstRead, atEnd)
            : new ContentLengthRequestBody(input, head.ContentLength ?? 0, beforeFirstRead, atEnd);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (IsComplete) return 0;
        if (_beforeFirstRead is { } beforeFirstRead)
        {
            _beforeFirstRead = null;
            await beforeFirstRead();
        }
        var read = await ReadCoreAsync(buffer, cancellationToken);
        return read;
    }

    /// <summary>Reads and discards the rest, so the connection can carry the next request.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        var scratch = new byte[16 * 1024];
        while (!IsComplete && await ReadAsync(scratch, ct) > 0)
        {
        }
    }

    protected abstract ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken ct);

    /// <summary>Called by a reader once it has consumed the body's last byte.</summary>
    protected void Complete()
    {
        if (IsComplete) return;
        IsComplete = true;
        _beforeFirstRead = null;
        var atEnd = _atEnd;
        _atEnd = null;
        atEnd?.Invoke();
    }

    /// <summary>Makes sure something is buffered; throws when the client ended the connection mid-body.</summary>
    protected async ValueTask NeedBytesAsync(CancellationToken ct)
    {
        if (Input.BufferedCount == 0 && !await Input.FillAsync(ct))
            throw new BadHttpRequestException("Unexpected end of request content.");
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
