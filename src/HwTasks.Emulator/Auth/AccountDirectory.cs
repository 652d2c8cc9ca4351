namespace HwTasks.Emulator.Auth;

/// <summary>Read-only lookups over the configured accounts (what IAM knows).</summary>
public sealed class AccountDirectory
{
    private readonly Dictionary<string, (Account Account, AccessCredential Credential)> _byAccessKey;

    public AccountDirectory(IReadOnlyList<Account> accounts)
    {
        Accounts = accounts;
        _byAccessKey = accounts
            .SelectMany(a => a.Credentials.Select(c => (Account: a, Credential: c)))
            .ToDictionary(x => x.Credential.AccessKey, StringComparer.Ordinal);
    }

    public IReadOnlyList<Account> Accounts { get; }

    public IEnumerable<Project> AllProjects => Accounts.SelectMany(a => a.Projects);

    public Account? FindByAccessKey(string accessKey) =>
        _byAccessKey.TryGetValue(accessKey, out var entry) ? entry.Account : null;

    public AccessCredential? FindCredential(string accessKey) =>
        _byAccessKey.TryGetValue(accessKey, out var entry) ? entry.Credential : null;

    public Account? FindByDomainName(string domainName) =>
        Accounts.FirstOrDefault(a => string.Equals(a.Name, domainName, StringComparison.Ordinal));
}
