using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HwTasks.Emulator.Gateway;

/// <summary>The string to sign and the signature of SDK-HMAC-SHA256, from the signing rules.</summary>
public static class SdkHmacSha256
{
    public const string Algorithm = "SDK-HMAC-SHA256";
    public const string DateHeader = "X-Sdk-Date";
    private const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>"SDK-HMAC-SHA256\n" + X-Sdk-Date + "\n" + hex(SHA-256(canonical request)).</summary>
    public static string StringToSign(string sdkDate, string canonicalRequest) =>
        Algorithm + "\n" + sdkDate + "\n" + SigningText.LowerHex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));

    /// <summary>hex(HMAC-SHA256(key = the SK's bytes, the string to sign)).</summary>
    public static string Signature(byte[] secretKey, string stringToSign) =>
        SigningText.LowerHex(HMACSHA256.HashData(secretKey, Encoding.UTF8.GetBytes(stringToSign)));

    public static string FormatDate(DateTimeOffset time) => time.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDate(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(SigningText.TrimValue(text), DateFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}
