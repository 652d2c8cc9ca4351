using System.Security.Cryptography;

namespace HwTasks.Emulator.Gateway;

/// <summary>APIG request ids are 32 lower-case hex characters, unique per request.</summary>
public static class RequestId
{
    public const string Header = "X-Request-Id";
    public const string ItemKey = "HwTasks.Emulator.RequestId";

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Of(HttpContext context) => context.Items[ItemKey] as string ?? string.Empty;
}
