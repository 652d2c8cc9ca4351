using System.Security.Cryptography;
using System.Text;

namespace HwTasks.Core.Auth.Signing
{
    internal static class Hex
    {
        private const string Digits = "0123456789abcdef";

        // Each thread writes its hex here first, so that a hash costs one string, not a char array and a string.
        [System.ThreadStatic] private static char[]? _chars;

        public static string Lower(byte[] bytes)
        {
            var length = bytes.Length * 2;
            var chars = _chars is { } buffer && buffer.Length >= length ? buffer : _chars = new char[System.Math.Max(length, 64)];
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = Digits[bytes[i] >> 4];
                chars[2 * i + 1] = Digits[bytes[i] & 0xF];
            }
            return new string(chars, 0, length);
        }

        /// <summary>Writes <paramref name="bytes"/> as lower-case hex ASCII into <paramref name="target"/> at <paramref name="at"/>; returns the end.</summary>
        public static int WriteLower(byte[] bytes, byte[] target, int at)
        {
            foreach (var b in bytes)
            {
                target[at++] = (byte)Digits[b >> 4];
                target[at++] = (byte)Digits[b & 0xF];
            }
            return at;
        }

        // One hasher per thread: creating one costs more than hashing a request.
        [System.ThreadStatic] private static SHA256? _sha256;

        public static string Sha256(byte[] data) => Lower((_sha256 ??= SHA256.Create()).ComputeHash(data));

        public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));
    }
}
