using System;
using System.Text;

namespace HwTasks.Core.Auth.Signing
{
    /// <summary>
    /// The one percent-encoder of SDK-HMAC-SHA256: path segments, query keys and values all keep
    /// only A-Z a-z 0-9 - _ . ~ and encode every other UTF-8 byte as upper-case %XX (space is %20,
    /// never '+'). The gateway recomputes with the same rule, so the wire and the signature agree.
    /// </summary>
    public static class SdkEncoding
    {
        private const string HexDigits = "0123456789ABCDEF";

        public static string Encode(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            if (IsAllUnreserved(value)) return value;

            var bytes = Encoding.UTF8.GetBytes(value);
            var builder = new StringBuilder(bytes.Length * 3);
            foreach (var b in bytes)
            {
                if (IsUnreserved((char)b))
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
                }
            }
            return builder.ToString();
        }

        /// <summary>Decodes %XX sequences as UTF-8; '+' stays a literal plus (we never send '+' for space).</summary>
        public static string Decode(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            return value.IndexOf('%') < 0 ? value : Uri.UnescapeDataString(value);
        }

        private static bool IsAllUnreserved(string value)
        {
            foreach (var c in value)
            {
                if (!IsUnreserved(c)) return false;
            }
            return true;
        }

        private static bool IsUnreserved(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~';
    }
}
