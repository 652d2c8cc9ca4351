using System.Globalization;
using System.Text;

namespace HwTasks.Emulator.Http;

/// <summary>The status line and header fields of an answer, in Kestrel's order: Content-Length first, then <see cref="KnownHeaders.ResponseRank"/>.</summary>
internal static class ResponseHead
{
    public static byte[] Format(int status, HttpHeaders headers, long? contentLength)
    {
        var text = new StringBuilder(256);
        text.Append("HTTP/1.1 ").Append(status.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(StatusCodes.ReasonPhrase(status)).Append("\r\n");
        if (contentLength is { } length)
            text.Append(KnownHeaders.ContentLength).Append(": ").Append(length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        foreach (var (name, value) in headers.OrderBy(h => KnownHeaders.ResponseRank(h.Key)))
            text.Append(name).Append(": ").Append(value).Append("\r\n");
        text.Append("\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The Date value every answer carries unless the handler set its own (the gateway does).</summary>
    public static string Now() => DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
}
