using System.Collections.Concurrent;
using System.Security.Cryptography;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Auth;

public sealed record IssuedToken(Account Account, IamUser User, Project Project, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);

/// <summary>IAM tokens issued by <c>POST /v3/auth/tokens</c>; they expire on the emulator clock.</summary>
public sealed class TokenStore
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly EmulatorClock _clock;

    public TokenStore(EmulatorClock clock) => _clock = clock;

    public (string Value, IssuedToken Token) Issue(Account account, IamUser user, Project project)
    {
        // Real tokens are long opaque base64 strings starting "MII"; the shape only matters for header size.
        var value = "MII" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(192)).Replace('/', '-').Replace('+', '_').TrimEnd('=');
        var now = _clock.UtcNow;
        var token = new IssuedToken(account, user, project, now, now + Lifetime);
        _tokens[value] = token;
        return (value, token);
    }

    /// <summary>The live token for a header value; null when unknown or expired.</summary>
    public IssuedToken? Find(string value) =>
        _tokens.TryGetValue(value.Trim(), out var token) && token.ExpiresAt > _clock.UtcNow ? token : null;

    public bool IsKnown(string value) => _tokens.ContainsKey(value.Trim());
}
