using System.Text;

namespace HwTasks.Emulator.Http;

/// <summary>An answer being written. Nothing is sent until the first write to <see cref="Body"/> or the end of the handler.</summary>
internal sealed class HttpResponse
{
    private readonly ResponseBody _connectionBody;

    public HttpResponse(ResponseBody body)
    {
        _connectionBody = body;
        body.Attach(this);
        Body = body;
    }

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public HttpHeaders Headers { get; } = new();

    public string? ContentType
    {
        get => Headers.Find(KnownHeaders.ContentType);
        set
        {
            if (value is null) Headers.Remove(KnownHeaders.ContentType);
            else Headers.Set(KnownHeaders.ContentType, value);
        }
    }

    /// <summary>When set, the body is sent with exactly this Content-Length instead of chunked.</summary>
    public long? ContentLength { get; set; }

    /// <summary>Where the body goes; replaced to capture an answer instead of sending it.</summary>
    public Stream Body { get; set; }

    /// <summary>The status line and header fields are on their way to the client.</summary>
    public bool HasStarted => _connectionBody.HasStarted;

    /// <summary>Forgets status, header fields and length, as ASP.NET Core's HttpResponse.Clear did.</summary>
    public void Clear()
    {
        if (HasStarted) throw new InvalidOperationException("The answer has started; it cannot be cleared.");
        StatusCode = StatusCodes.Status200OK;
        Headers.Clear();
        ContentLength = null;
    }

    /// <summary>One write, one chunk, like HttpResponse.WriteAsync(string).</summary>
    public Task WriteAsync(string text, CancellationToken ct) => Body.WriteAsync(Encoding.UTF8.GetBytes(text), ct).AsTask();
}
