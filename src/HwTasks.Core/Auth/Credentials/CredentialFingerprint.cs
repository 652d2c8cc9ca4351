using System;
using System.Security;
using System.Security.Cryptography;
using System.Text;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// The key under which things derived from a credential are cached (IAM tokens, project ids):
    /// an HMAC-SHA256 over every part of the credential, secret included, with a key drawn at random
    /// for this process. Two credentials that differ only in their password or SK never share a cache
    /// entry, and neither the key nor the cache holds the secret in a form that can be read back or
    /// guessed offline.
    /// </summary>
    internal static class CredentialFingerprint
    {
        private static readonly byte[] ProcessKey = NewKey();

        public static string Of(string kind, string[] identifiers, params SecureString?[] secrets)
        {
            using var hmac = new HMACSHA256(ProcessKey);
            Add(hmac, Encoding.UTF8.GetBytes(kind));
            foreach (var identifier in identifiers) Add(hmac, Encoding.UTF8.GetBytes(identifier));
            foreach (var secret in secrets)
            {
                var bytes = secret is null ? Array.Empty<byte>() : SecretText.Utf8Bytes(secret);
                try
                {
                    Add(hmac, bytes);
                }
                finally
                {
                    SecretText.Clear(bytes);
                }
            }
            hmac.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
            return kind + ":" + Signing.Hex.Lower(hmac.Hash!);
        }

        // Each part is length-prefixed, so ("ab", "c") and ("a", "bc") differ.
        private static void Add(HMACSHA256 hmac, byte[] part)
        {
            var length = BitConverter.GetBytes(part.Length);
            hmac.TransformBlock(length, 0, length.Length, null, 0);
            hmac.TransformBlock(part, 0, part.Length, null, 0);
        }

        private static byte[] NewKey()
        {
            var key = new byte[32];
            using (var random = RandomNumberGenerator.Create()) random.GetBytes(key);
            return key;
        }
    }
}
