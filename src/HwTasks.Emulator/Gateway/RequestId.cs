using System.Security.Cryptography;
using HwTasks.Core.Auth.Signing;

namespace HwTasks.Emulator.Gateway;

/// <summary>APIG request ids are 32 lower-case hex characters, unique per request.</summary>
internal static class RequestId
{
    public const string Header = "X-Request-Id";

    public static string New() => Hex.Lower(RandomNumberGenerator.GetBytes(16));
}
