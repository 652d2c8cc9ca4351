namespace HwTasks.Emulator.Http;

/// <summary>A body of exactly Content-Length bytes (0 when the request declares none).</summary>
internal sealed class ContentLengthRequestBody : RequestBody
{
    private long _remaining;

    public ContentLengthRequestBody(ConnectionInput input, long length, Func<ValueTask>? beforeFirstRead, Action atEnd)
        : base(input, length > 0 ? beforeFirstRead : null, atEnd)
    {
        _remaining = length;
        if (length == 0) Complete();
    }

    protected override async ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken ct)
    {
        if (buffer.Length == 0) return 0;
        await NeedBytesAsync(ct);
        var count = (int)Math.Min(Math.Min(Input.BufferedCount, buffer.Length), _remaining);
        Input.Buffered[..count].CopyTo(buffer.Span);
        Input.Consume(count);
        _remaining -= count;
        if (_remaining == 0) Complete();
        return count;
    }
}
