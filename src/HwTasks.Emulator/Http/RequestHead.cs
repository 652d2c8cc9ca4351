namespace HwTasks.Emulator.Http;

/// <summary>The request line and header fields of one request, checked the way Kestrel checked them.</summary>
internal sealed class RequestHead
{
    public required string Method { get; init; }
    public required RequestTarget Target { get; init; }
    /// <summary>"HTTP/1.1" or "HTTP/1.0".</summary>
    public required string Protocol { get; init; }
    public required HttpHeaders Headers { get; init; }
    /// <summary>Null for a chunked body; 0 when there is none.</summary>
    public long? ContentLength { get; init; }
    public bool Chunked { get; init; }
    /// <summary>The connection may carry another request after this one's answer.</summary>
    public bool KeepAlive { get; init; }
    public bool ExpectsContinue { get; init; }
}
