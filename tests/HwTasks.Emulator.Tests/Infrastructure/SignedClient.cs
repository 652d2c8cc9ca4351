using System.Net.Http.Headers;
using System.Text;
using HwTasks.Core.Auth.Signing;

namespace HwTasks.Emulator.Tests.Infrastructure;

/// <summary>
/// Sends requests the way the module will: X-Project-Id, X-Sdk-Date and Host added, signed with
/// Core's <see cref="RequestSigner"/>, the canonical query sent as the wire query.
/// </summary>
internal sealed class SignedClient : IDisposable
{
    private readonly Uri _base;

    public SignedClient(Uri baseAddress, string accessKey = EmulatorDefaults.AccessKey, string secretKey = EmulatorDefaults.SecretKey,
        string? securityToken = null, string? projectId = EmulatorDefaults.ProjectCnNorth4)
    {
        _base = baseAddress;
        AccessKey = accessKey;
        SecretKey = secretKey;
        SecurityToken = securityToken;
        ProjectId = projectId;
        Http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }
    public string AccessKey { get; set; }
    public string SecretKey { get; set; }
    public string? SecurityToken { get; set; }
    public string? ProjectId { get; set; }
    /// <summary>What X-Sdk-Date says; move it to test the skew check.</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;
    /// <summary>When set, requests carry X-Auth-Token instead of a signature.</summary>
    public string? AuthToken { get; set; }

    public Task<HttpResponseMessage> SendAsync(string method, string path, string? query = null, string? body = null,
        IDictionary<string, string>? headers = null) =>
        SendBytesAsync(method, path, query, body is null ? null : Encoding.UTF8.GetBytes(body), headers);

    public HttpRequestMessage Build(string method, string path, string? query = null, byte[]? body = null, IDictionary<string, string>? headers = null)
    {
        var input = new SigningInput(method, $"{_base.Host}:{_base.Port}", path) { Body = body, Timestamp = Now() };
        foreach (var pair in ParseQuery(query)) input.Query.Add(pair);
        if (ProjectId is not null) input.Headers.Add(new("X-Project-Id", ProjectId));
        if (SecurityToken is not null) input.Headers.Add(new("X-Security-Token", SecurityToken));
        if (body is not null) input.Headers.Add(new("Content-Type", "application/json"));
        foreach (var header in headers ?? new Dictionary<string, string>()) input.Headers.Add(new(header.Key, header.Value));

        string wireQuery;
        IEnumerable<KeyValuePair<string, string>> finalHeaders;
        if (AuthToken is null)
        {
            var signed = RequestSigner.Sign(input, AccessKey, Encoding.UTF8.GetBytes(SecretKey));
            wireQuery = signed.Canonical.Query;
            finalHeaders = signed.FinalHeaders;
        }
        else
        {
            wireQuery = string.Join("&", input.Query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));
            finalHeaders = input.Headers.Append(new("X-Auth-Token", AuthToken));
        }

        var uri = new Uri(_base, path + (wireQuery.Length > 0 ? "?" + wireQuery : ""));
        var request = new HttpRequestMessage(new HttpMethod(method), uri);
        if (body is not null) request.Content = new ByteArrayContent(body);
        foreach (var (name, value) in finalHeaders)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) request.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
            else if (name.Equals("Host", StringComparison.OrdinalIgnoreCase)) request.Headers.Host = value;
            else request.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }

    public Task<HttpResponseMessage> SendBytesAsync(string method, string path, string? query, byte[]? body, IDictionary<string, string>? headers = null) =>
        Http.SendAsync(Build(method, path, query, body, headers));

    private static IEnumerable<KeyValuePair<string, string>> ParseQuery(string? query)
    {
        if (string.IsNullOrEmpty(query)) yield break;
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            yield return eq < 0
                ? new(Uri.UnescapeDataString(part), "")
                : new(Uri.UnescapeDataString(part[..eq]), Uri.UnescapeDataString(part[(eq + 1)..]));
        }
    }

    public void Dispose() => Http.Dispose();
}
