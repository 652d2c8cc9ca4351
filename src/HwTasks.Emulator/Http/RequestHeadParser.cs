using System.Globalization;
using System.Text;

namespace HwTasks.Emulator.Http;

/// <summary>
/// Reads a request line and header fields, with Kestrel's limits and answers: a request line over
/// 8 KB is 414, header fields over 32 KB or 100 are 431, an HTTP version other than 1.0 and 1.1 is
/// 505, anything malformed is 400.
/// </summary>
internal static class RequestHeadParser
{
    public const int MaxRequestLineBytes = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;
    public const int MaxHeaderCount = 100;

    /// <returns>Null when the connection ends before another request starts.</returns>
    public static async Task<RequestHead?> ReadAsync(ConnectionInput input, CancellationToken ct)
    {
        string? line;
        // Empty lines before a request line are tolerated (RFC 9112 section 2.2).
        do line = await input.ReadLineAsync(MaxRequestLineBytes, StatusCodes.Status414UriTooLong, ct);
        while (line is { Length: 0 });
        if (line is null) return null;

        var parts = line.Split(' ');
        if (parts.Length != 3 || parts[0].Length == 0 || !parts[0].All(IsTokenChar) || parts[1].Length == 0)
            throw new BadHttpRequestException("The request line is malformed.");
        var protocol = parts[2] switch
        {
            "HTTP/1.1" or "HTTP/1.0" => parts[2],
            _ when parts[2].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase) =>
                throw new BadHttpRequestException("Unsupported HTTP version.", StatusCodes.Status505HttpVersionNotSupported),
            _ => throw new BadHttpRequestException("The request line is malformed."),
        };

        var headers = await ReadFieldsAsync(input, ct);
        var target = RequestTarget.Parse(parts[0], parts[1]);
        return Check(parts[0], target, protocol, headers);
    }

    private static async Task<HttpHeaders> ReadFieldsAsync(ConnectionInput input, CancellationToken ct)
    {
        var headers = new HttpHeaders();
        var bytes = 0;
        var count = 0;
        while (true)
        {
            var line = await input.ReadLineAsync(MaxHeaderBytes - bytes, StatusCodes.Status431RequestHeaderFieldsTooLarge, ct)
                ?? throw new BadHttpRequestException("The connection ended within the header fields.");
            if (line.Length == 0) return headers;
            bytes += line.Length + 2;
            if (++count > MaxHeaderCount)
                throw new BadHttpRequestException("Too many header fields.", StatusCodes.Status431RequestHeaderFieldsTooLarge);
            var colon = line.IndexOf(':');
            if (colon <= 0 || !line.AsSpan(0, colon).ToString().All(IsTokenChar))
                throw new BadHttpRequestException("A header field is malformed.");
            // Values arrive as UTF-8 (Kestrel decoded them so); read as Latin-1 above, they are decoded here.
            var value = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(line[(colon + 1)..].Trim(' ', '\t')));
            headers.Append(KnownHeaders.RequestName(line[..colon]), value);
        }
    }

    private static RequestHead Check(string method, RequestTarget target, string protocol, HttpHeaders headers)
    {
        var http11 = protocol == "HTTP/1.1";
        var host = headers.Find(KnownHeaders.Host);
        if (http11 && host is null) throw new BadHttpRequestException("The Host header is missing.");
        if (host is not null && host.Contains(',')) throw new BadHttpRequestException("The Host header is repeated.");

        var transferEncoding = headers.Find(KnownHeaders.TransferEncoding);
        var chunked = false;
        if (transferEncoding is not null)
        {
            var last = transferEncoding.Split(',')[^1].Trim();
            if (!string.Equals(last, "chunked", StringComparison.OrdinalIgnoreCase))
                throw new BadHttpRequestException("The final transfer coding is not chunked.");
            chunked = true;
        }

        long? contentLength = chunked ? null : 0;
        var lengthText = headers.Find(KnownHeaders.ContentLength);
        var smuggling = false;
        if (lengthText is not null)
        {
            var digits = lengthText.StartsWith('+') ? lengthText[1..] : lengthText;
            if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) ||
                !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                throw new BadHttpRequestException("The Content-Length header is invalid.");
            if (chunked)
            {
                // Both framings: the chunked one wins, the length is kept aside under another name,
                // and the connection closes after the answer (Kestrel's guard against request smuggling).
                headers.Remove(KnownHeaders.ContentLength);
                headers.Set("X-Content-Length", lengthText);
                smuggling = true;
            }
            else
            {
                headers.Set(KnownHeaders.ContentLength, length.ToString(CultureInfo.InvariantCulture));
                contentLength = length;
            }
        }

        var connection = headers.Find(KnownHeaders.Connection) ?? string.Empty;
        var close = connection.Split(',').Any(t => string.Equals(t.Trim(), "close", StringComparison.OrdinalIgnoreCase));
        return new RequestHead
        {
            Method = method,
            Target = target,
            Protocol = protocol,
            Headers = headers,
            ContentLength = contentLength,
            Chunked = chunked,
            KeepAlive = http11 && !close && !smuggling,
            ExpectsContinue = http11 && string.Equals(headers.Find(KnownHeaders.Expect), "100-continue", StringComparison.OrdinalIgnoreCase),
        };
    }

    // RFC 9110 tchar.
    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c);
}
