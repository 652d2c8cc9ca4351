using System.Text;

namespace HwTasks.Emulator.Http;

/// <summary>
/// The request target as Kestrel read it: <see cref="Raw"/> exactly as sent (signatures are computed
/// over it); <see cref="Path"/> percent-decoded except %2F, with invalid UTF-8 left encoded and dot
/// segments removed (routing, faults and the request log use it); <see cref="QueryString"/> raw, with
/// its '?' ("" when there is none).
/// </summary>
internal sealed record RequestTarget(string Raw, string Path, string QueryString)
{
    public static RequestTarget Parse(string method, string raw)
    {
        foreach (var c in raw)
        {
            if (c is < '!' or > '~') throw new BadHttpRequestException("The request target contains invalid characters.");
        }
        if (raw == "*")
        {
            return HttpMethods.Is(method, HttpMethods.Options)
                ? new RequestTarget(raw, string.Empty, string.Empty)
                : throw new BadHttpRequestException("Only OPTIONS takes the * target.", StatusCodes.Status405MethodNotAllowed, HttpMethods.Options);
        }

        var originForm = raw;
        if (raw.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || raw.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var pathStart = raw.IndexOf('/', raw.IndexOf("//", StringComparison.Ordinal) + 2);
            originForm = pathStart < 0 ? "/" : raw[pathStart..];
        }
        if (!originForm.StartsWith('/')) throw new BadHttpRequestException("The request target must start with '/'.");

        var queryStart = originForm.IndexOf('?');
        var rawPath = queryStart < 0 ? originForm : originForm[..queryStart];
        var query = queryStart < 0 ? string.Empty : originForm[queryStart..];
        return new RequestTarget(raw, RemoveDotSegments(Decode(rawPath)), query);
    }

    /// <summary>%XX to UTF-8, except '/' (a %2F stays a character of its segment) and bytes that are not valid UTF-8.</summary>
    private static string Decode(string path)
    {
        if (path.IndexOf('%') < 0) return path;
        var bytes = new List<byte>(path.Length);
        var sent = new List<string?>(path.Length); // the escape each byte was sent as, or null for a plain character
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '%' && i + 2 < path.Length && IsHex(path[i + 1]) && IsHex(path[i + 2]))
            {
                var value = (byte)Convert.ToInt32(path.Substring(i + 1, 2), 16);
                if (value == 0) throw new BadHttpRequestException("The request path contains a NUL.");
                if (value != '/')
                {
                    bytes.Add(value);
                    sent.Add(path.Substring(i, 3));
                    i += 2;
                    continue;
                }
            }
            bytes.Add((byte)path[i]);
            sent.Add(null);
        }

        var text = new StringBuilder(path.Length);
        var span = bytes.ToArray().AsSpan();
        for (var p = 0; p < span.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(span[p..], out var rune, out var used) == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
                p += used;
            }
            else
            {
                // Not UTF-8: this byte goes back to how it was sent.
                text.Append(sent[p] ?? ((char)span[p]).ToString());
                p++;
            }
        }
        return text.ToString();
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    /// <summary>RFC 3986 section 5.2.4: "/a/./b/../c" is "/a/c".</summary>
    private static string RemoveDotSegments(string path)
    {
        if (!path.Contains("/.", StringComparison.Ordinal)) return path;
        var output = new List<string>();
        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            switch (segments[i])
            {
                case ".":
                    if (last) output.Add(string.Empty);
                    break;
                case "..":
                    if (output.Count > 0) output.RemoveAt(output.Count - 1);
                    if (last) output.Add(string.Empty);
                    break;
                default:
                    output.Add(segments[i]);
                    break;
            }
        }
        return "/" + string.Join('/', output);
    }
}
