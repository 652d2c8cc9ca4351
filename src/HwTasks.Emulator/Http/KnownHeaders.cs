namespace HwTasks.Emulator.Http;

/// <summary>
/// Header names as Kestrel spelled and ordered them, so that answers and the request log read
/// exactly as they did when the emulator ran on ASP.NET Core.
/// </summary>
internal static class KnownHeaders
{
    public const string Allow = "Allow";
    public const string Authorization = "Authorization";
    public const string Connection = "Connection";
    public const string ContentLength = "Content-Length";
    public const string ContentType = "Content-Type";
    public const string Date = "Date";
    public const string Expect = "Expect";
    public const string Host = "Host";
    public const string RetryAfter = "Retry-After";
    public const string TransferEncoding = "Transfer-Encoding";

    // Request fields Kestrel keeps under its own spelling, whatever case the client sent.
    private static readonly Dictionary<string, string> RequestNames = new[]
    {
        "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Access-Control-Request-Headers",
        "Access-Control-Request-Method", Authorization, "Baggage", "Cache-Control", Connection, "Content-Encoding",
        "Content-Language", ContentLength, "Content-Location", "Content-MD5", "Content-Range", ContentType, "Cookie",
        "Correlation-Context", Date, Expect, "From", "Grpc-Accept-Encoding", "Grpc-Encoding", "Grpc-Timeout", Host,
        "If-Match", "If-Modified-Since", "If-None-Match", "If-Range", "If-Unmodified-Since", "Keep-Alive",
        "Max-Forwards", "Origin", "Pragma", "Proxy-Authorization", "Range", "Referer", "Request-Id", "TE",
        "Traceparent", "Tracestate", "Trailer", TransferEncoding, "Translate", "Upgrade", "Upgrade-Insecure-Requests",
        "User-Agent", "Via", "Warning",
    }.ToDictionary(n => n, StringComparer.OrdinalIgnoreCase);

    // The response fields the emulator sends that Kestrel wrote before all others (after
    // Content-Length), in its order; any other field follows in the order it was set.
    private static readonly string[] ResponseOrder = { Connection, ContentType, Date, Allow, RetryAfter, TransferEncoding };

    public static string RequestName(string name) => RequestNames.GetValueOrDefault(name, name);

    public static int ResponseRank(string name)
    {
        var index = Array.FindIndex(ResponseOrder, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? ResponseOrder.Length : index;
    }
}
