using System.Security.Cryptography;
using System.Text;

namespace HwTasks.Core.Auth.Signing
{
    internal static class Hex
    {
        public static string Lower(byte[] bytes)
        {
            const string digits = "0123456789abcdef";
            var chars = new char[bytes.Length * 2];
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = digits[bytes[i] >> 4];
                chars[2 * i + 1] = digits[bytes[i] & 0xF];
            }
            return new string(chars);
        }

        // One hasher per thread: creating one costs more than hashing a request.
        [System.ThreadStatic] private static SHA256? _sha256;

        public static string Sha256(byte[] data) => Lower((_sha256 ??= SHA256.Create()).ComputeHash(data));

        public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));
    }
}
