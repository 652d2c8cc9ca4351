using HwTasks.Emulator.Auth;

namespace HwTasks.Emulator;

/// <summary>
/// The identities and resource ids every emulator starts with. They are fixed (not random) so that
/// scripts, docs and module tests can hard-code them; none of them is a real credential.
/// </summary>
public static class EmulatorDefaults
{
    public const string AccountName = "hwtasks-demo";
    public const string DomainId = "5d3c0e2f6a9b4c8d9e1f2a3b4c5d6e7f";
    /// <summary>The region of <see cref="ProjectCnNorth4"/>, where a host connects by default.</summary>
    public const string Region = "cn-north-4";
    public const string ProjectCnNorth4 = "0123456789abcdef0123456789abcdef";
    public const string ProjectCnEast3 = "fedcba9876543210fedcba9876543210";

    public const string AccessKey = "EMULATORAK0000000001";
    public const string SecretKey = "EmulatorSecretKey00000000000000000000001";

    public const string TemporaryAccessKey = "EMULATORTMPAK0000001";
    public const string TemporarySecretKey = "EmulatorTemporarySecretKey00000000000001";
    public const string SecurityToken = "emulator-security-token-0001";

    public const string UserId = "a7c1e5f3b9d24e6f8a0b1c2d3e4f5a6b";
    public const string UserName = "ops-admin";
    public const string Password = "Emulator-Passw0rd!";

    public const string OtherAccountName = "other-account";
    public const string OtherDomainId = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    public const string OtherAccessKey = "OTHERACCOUNTAK000001";
    public const string OtherSecretKey = "OtherAccountSecretKey0000000000000000001";
    public const string OtherProjectCnNorth4 = "99999999999999999999999999999999";

    /// <summary>Resource ids used by the embedded default seed (in every project).</summary>
    public const string CdmClusterId = "6ec9a0a4-76be-4262-8697-e7af1fac7920";
    public const string DataArtsWorkspaceId = "0833a5737480d53b2f25c010dc1a7b88";
    public const string DataArtsInstanceId = "6a1b2c3d4e5f40718293a4b5c6d7e8f9";
    public const string KafkaInstanceId = "a1b2c3d4-0000-1111-2222-333344445555";

    public static IReadOnlyList<Account> Accounts { get; } = new[]
    {
        new Account(DomainId, AccountName,
            new[] { new Project(ProjectCnNorth4, Region), new Project(ProjectCnEast3, "cn-east-3") },
            new[]
            {
                new AccessCredential(AccessKey, SecretKey, null),
                new AccessCredential(TemporaryAccessKey, TemporarySecretKey, SecurityToken),
            },
            new[] { new IamUser(UserId, UserName, Password) }),
        new Account(OtherDomainId, OtherAccountName,
            new[] { new Project(OtherProjectCnNorth4, "cn-north-4") },
            new[] { new AccessCredential(OtherAccessKey, OtherSecretKey, null) },
            Array.Empty<IamUser>()),
    };
}
