namespace HwTasks.Emulator.Gateway;

/// <summary>What the gateway knows of an access key: its secret and, for temporary credentials, the token.</summary>
public sealed class VerifierKey
{
    public VerifierKey(byte[] secretKey, string? securityToken = null)
    {
        SecretKey = secretKey;
        SecurityToken = securityToken;
    }

    public byte[] SecretKey { get; }
    public string? SecurityToken { get; }
}
