using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// The only place a SecureString is opened. Secrets stay SecureString everywhere else and are
    /// turned into text or bytes only by the signer or the one request that must carry them.
    /// </summary>
    internal static class SecretText
    {
        public static SecureString FromString(string value)
        {
            var secure = new SecureString();
            foreach (var c in value) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }

        /// <summary>Copies a SecureString; the copy is read-only, so contexts cannot be changed after the fact.</summary>
        public static SecureString Copy(SecureString value)
        {
            var copy = value.Copy();
            copy.MakeReadOnly();
            return copy;
        }

        public static string Reveal(SecureString value)
        {
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(value);
                return Marshal.PtrToStringUni(pointer, value.Length);
            }
            finally
            {
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }

        /// <summary>UTF-8 bytes of the secret; the caller clears them with <see cref="Clear"/> when done.</summary>
        public static byte[] Utf8Bytes(SecureString value) => WithChars(value, chars => Encoding.UTF8.GetBytes(chars));

        public static void Clear(byte[] bytes) => Array.Clear(bytes, 0, bytes.Length);

        /// <summary>Writes the secret's bytes in the credentials file's encoding and clears them.</summary>
        public static void Write(SecureString value, Encoding encoding, System.IO.Stream stream)
        {
            var bytes = WithChars(value, encoding.GetBytes);
            try
            {
                stream.Write(bytes, 0, bytes.Length);
            }
            finally
            {
                Clear(bytes);
            }
        }

        /// <summary>
        /// Whether the secret reads back unchanged as an INI value: one line, no whitespace at either
        /// end (the reader trims values and splits lines). Says nothing else about it.
        /// </summary>
        public static bool IsIniValue(SecureString value) => WithChars(value, chars =>
            chars.Length > 0 && !char.IsWhiteSpace(chars[0]) && !char.IsWhiteSpace(chars[chars.Length - 1]) &&
            Array.IndexOf(chars, '\n') < 0 && Array.IndexOf(chars, '\r') < 0);

        /// <summary>Lends the secret's characters to <paramref name="use"/>, clearing them after.</summary>
        private static T WithChars<T>(SecureString value, Func<char[], T> use)
        {
            var pointer = IntPtr.Zero;
            var chars = new char[value.Length];
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(value);
                Marshal.Copy(pointer, chars, 0, chars.Length);
                return use(chars);
            }
            finally
            {
                Array.Clear(chars, 0, chars.Length);
                if (pointer != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }
    }
}
