namespace HwTasks.Emulator.Http;

/// <summary>One request as received: what the gateway verifies and logs and what handlers read.</summary>
internal sealed class HttpRequest
{
    public HttpRequest(RequestHead head, Stream body)
    {
        Method = head.Method;
        RawTarget = head.Target.Raw;
        Path = head.Target.Path;
        QueryString = head.Target.QueryString;
        Query = QueryCollection.Parse(QueryString);
        Protocol = head.Protocol;
        Headers = head.Headers;
        ContentLength = head.ContentLength;
        Body = body;
    }

    /// <summary>As sent; routing compares it without case.</summary>
    public string Method { get; }

    /// <summary>The request target exactly as sent, still percent-encoded.</summary>
    public string RawTarget { get; }

    /// <summary>Decoded (except %2F) and without dot segments; see <see cref="RequestTarget"/>.</summary>
    public string Path { get; }

    /// <summary>The raw query with its '?', or "".</summary>
    public string QueryString { get; }

    public QueryCollection Query { get; }

    public string Protocol { get; }

    public string Scheme => "http";

    /// <summary>The Host header as sent ("" for an HTTP/1.0 request without one).</summary>
    public string Host => Headers[KnownHeaders.Host];

    public HttpHeaders Headers { get; }

    /// <summary>Null for a chunked body.</summary>
    public long? ContentLength { get; }

    /// <summary>The body as it arrives; the gateway swaps in the copy it buffered.</summary>
    public Stream Body { get; set; }
}
