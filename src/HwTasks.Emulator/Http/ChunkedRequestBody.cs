using System.Globalization;

namespace HwTasks.Emulator.Http;

/// <summary>A "Transfer-Encoding: chunked" body: size lines (extensions ignored), data, then trailers, which are dropped.</summary>
internal sealed class ChunkedRequestBody : RequestBody
{
    private const int MaxLineBytes = 8 * 1024;
    private long _chunkRemaining;
    private bool _inChunk;

    public ChunkedRequestBody(ConnectionInput input, Func<ValueTask>? beforeFirstRead, Action atEnd)
        : base(input, beforeFirstRead, atEnd)
    {
    }

    protected override async ValueTask<int> ReadCoreAsync(Memory<byte> buffer, CancellationToken ct)
    {
        if (buffer.Length == 0) return 0;
        if (!_inChunk)
        {
            _chunkRemaining = await ReadChunkSizeAsync(ct);
            if (_chunkRemaining == 0)
            {
                await SkipTrailersAsync(ct);
                Complete();
                return 0;
            }
            _inChunk = true;
        }

        await NeedBytesAsync(ct);
        var count = (int)Math.Min(Math.Min(Input.BufferedCount, buffer.Length), _chunkRemaining);
        Input.Buffered[..count].CopyTo(buffer.Span);
        Input.Consume(count);
        _chunkRemaining -= count;
        if (_chunkRemaining == 0)
        {
            await ReadChunkSuffixAsync(ct);
            _inChunk = false;
        }
        return count;
    }

    /// <summary>The CRLF after a chunk's data: exactly those two bytes, as Kestrel required.</summary>
    private async ValueTask ReadChunkSuffixAsync(CancellationToken ct)
    {
        while (Input.BufferedCount < 2)
        {
            if (!await Input.FillAsync(ct)) throw new BadHttpRequestException("Unexpected end of request content.");
        }
        if (Input.Buffered[0] != '\r' || Input.Buffered[1] != '\n') throw new BadHttpRequestException("Bad chunk suffix.");
        Input.Consume(2);
    }

    private async ValueTask<long> ReadChunkSizeAsync(CancellationToken ct)
    {
        var line = await Input.ReadLineAsync(MaxLineBytes, StatusCodes.Status400BadRequest, ct)
            ?? throw new BadHttpRequestException("Unexpected end of request content.");
        var size = line.Split(';')[0].Trim();
        if (size.Length == 0 || !long.TryParse(size, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var length) || length < 0)
            throw new BadHttpRequestException("Bad chunk size data.");
        return length;
    }

    private async ValueTask SkipTrailersAsync(CancellationToken ct)
    {
        while (await Input.ReadLineAsync(MaxLineBytes, StatusCodes.Status400BadRequest, ct) is { Length: > 0 })
        {
        }
    }
}
