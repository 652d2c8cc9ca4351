using System.Net;

namespace HwTasks.Emulator.Http;

/// <summary>
/// Where to listen, from an --urls value: "http://127.0.0.1:5080", "http://localhost:0" (port 0 picks a
/// free port), "http://*:5080" (every interface), or several separated by ';'. Only http: the
/// emulator is a loopback test tool.
/// </summary>
internal sealed record ListenAddress(IPAddress Address, int Port, string Host)
{
    public static IReadOnlyList<ListenAddress> Parse(string urls)
    {
        var addresses = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseOne).ToList();
        return addresses.Count > 0 ? addresses : throw new ArgumentException("No URL to listen on.", nameof(urls));
    }

    /// <summary>The base address clients use, once the port is known.</summary>
    public Uri BaseAddress(int boundPort) => new($"http://{Host}:{boundPort}/");

    private static ListenAddress ParseOne(string url)
    {
        const string scheme = "http://";
        if (!url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"Cannot listen on '{url}': only http:// URLs are supported.", nameof(url));
        var authority = url[scheme.Length..].TrimEnd('/');
        var colon = authority.LastIndexOf(':');
        if (colon < 0 || colon < authority.LastIndexOf(']') || !int.TryParse(authority[(colon + 1)..], out var port) || port is < 0 or > 65535)
            throw new ArgumentException($"Cannot listen on '{url}': it needs a port (0 picks a free one).", nameof(url));
        var host = authority[..colon];
        return host switch
        {
            "*" or "+" => new ListenAddress(IPAddress.Any, port, "localhost"),
            _ when host.Equals("localhost", StringComparison.OrdinalIgnoreCase) => new ListenAddress(IPAddress.Loopback, port, host),
            _ when IPAddress.TryParse(host.Trim('[', ']'), out var ip) =>
                new ListenAddress(ip, port, ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any) ? "localhost" : host),
            _ => throw new ArgumentException($"Cannot listen on '{url}': the host must be an IP address, localhost or *.", nameof(url)),
        };
    }
}
