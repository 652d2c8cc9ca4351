using System.Globalization;
using System.Text;

namespace HwTasks.Emulator.Http;

/// <summary>
/// The connection side of an answer's body. The first write sends the status line and header
/// fields, framed as Kestrel framed them: the handler's Content-Length if it set one; otherwise
/// chunked (or, for HTTP/1.0, until the connection closes); "Content-Length: 0" when nothing was
/// written; no body at all for HEAD, 204, 205 (which still says "Content-Length: 0") and 304.
/// </summary>
internal sealed class ResponseBody : Stream
{
    private static readonly byte[] Crlf = "\r\n"u8.ToArray();
    private static readonly byte[] LastChunk = "0\r\n\r\n"u8.ToArray();

    private readonly Stream _output;
    private readonly bool _head;
    private readonly bool _http11;
    private HttpResponse? _response;
    private bool _chunked;
    private bool _suppressed;
    private long? _declaredLength;
    private long _written;

    public ResponseBody(Stream output, string method, string protocol, bool keepAlive)
    {
        _output = output;
        _head = HttpMethods.Is(method, HttpMethods.Head);
        _http11 = protocol == "HTTP/1.1";
        KeepAlive = keepAlive;
    }

    public bool HasStarted { get; private set; }

    /// <summary>The connection may carry another request once this answer is complete.</summary>
    public bool KeepAlive { get; private set; }

    internal void Attach(HttpResponse response) => _response = response;

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!HasStarted) await StartAsync(bodyFollows: true, cancellationToken);
        if (_suppressed || buffer.Length == 0) return;
        if (_chunked)
        {
            await _output.WriteAsync(Encoding.ASCII.GetBytes(buffer.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"), cancellationToken);
            await _output.WriteAsync(buffer, cancellationToken);
            await _output.WriteAsync(Crlf, cancellationToken);
        }
        else
        {
            await _output.WriteAsync(buffer, cancellationToken);
        }
        _written += buffer.Length;
    }

    /// <summary>Ends the answer: sends the head if nothing was written, the last chunk, and flushes.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        if (!HasStarted) await StartAsync(bodyFollows: false, ct);
        if (_chunked) await _output.WriteAsync(LastChunk, ct);
        // A body shorter than its Content-Length cannot be repaired: the client must see the connection end.
        if (_declaredLength is { } declared && !_suppressed && _written < declared) KeepAlive = false;
        await _output.FlushAsync(ct);
    }

    private async Task StartAsync(bool bodyFollows, CancellationToken ct)
    {
        var response = _response ?? throw new InvalidOperationException("The body is not attached to a response.");
        HasStarted = true;
        var status = response.StatusCode;
        long? contentLength;
        if (status is < 200 or StatusCodes.Status204NoContent or StatusCodes.Status304NotModified)
        {
            _suppressed = true;
            contentLength = null;
        }
        else if (status == StatusCodes.Status205ResetContent)
        {
            _suppressed = true;
            contentLength = 0;
        }
        else if (_head)
        {
            _suppressed = true;
            contentLength = response.ContentLength;
        }
        else if (response.ContentLength is { } declared)
        {
            contentLength = _declaredLength = declared;
        }
        else if (!bodyFollows)
        {
            contentLength = 0;
        }
        else
        {
            contentLength = null;
            if (_http11) _chunked = true;
            else KeepAlive = false;
        }

        var headers = response.Headers;
        if (headers.Find(KnownHeaders.Connection) is "close") KeepAlive = false;
        if (!KeepAlive) headers.Set(KnownHeaders.Connection, "close");
        if (!headers.Contains(KnownHeaders.Date)) headers.Set(KnownHeaders.Date, ResponseHead.Now());
        if (_chunked) headers.Set(KnownHeaders.TransferEncoding, "chunked");
        await _output.WriteAsync(ResponseHead.Format(status, headers, contentLength), ct);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        HasStarted ? _output.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush() => FlushAsync().GetAwaiter().GetResult();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
