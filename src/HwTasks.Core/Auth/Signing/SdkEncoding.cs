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
            var builder = new StringBuilder(value.Length * 3);
            AppendEncoded(builder, value);
            return builder.ToString();
        }

        /// <summary>Appends <paramref name="value"/> encoded, without a string of its own when nothing needs encoding.</summary>
        internal static void Append(StringBuilder text, string value) => Append(text, value, 0, value.Length);

        /// <summary>Appends the part of <paramref name="value"/> from <paramref name="start"/>, encoded.</summary>
        internal static void Append(StringBuilder text, string value, int start, int count)
        {
            if (IsAllUnreserved(value, start, count)) text.Append(value, start, count);
            else AppendEncoded(text, value.Substring(start, count));
        }

        private static void AppendEncoded(StringBuilder text, string value)
        {
            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                if (IsUnreserved((char)b)) text.Append((char)b);
                else text.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        /// <summary>Decodes %XX sequences as UTF-8; '+' stays a literal plus (we never send '+' for space).</summary>
        public static string Decode(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            return value.IndexOf('%') < 0 ? value : Uri.UnescapeDataString(value);
        }

        private static bool IsAllUnreserved(string value) => IsAllUnreserved(value, 0, value.Length);

        private static bool IsAllUnreserved(string value, int start, int count)
        {
            for (var i = start; i < start + count; i++)
            {
                if (!IsUnreserved(value[i])) return false;
            }
            return true;
        }

        private static bool IsUnreserved(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~';
    }
}
