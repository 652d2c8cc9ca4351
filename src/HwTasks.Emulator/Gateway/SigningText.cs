using System.Text;

namespace HwTasks.Emulator.Gateway;

/// <summary>
/// The text rules of SDK-HMAC-SHA256 as the gateway applies them, written from the signing rules
/// (docs: API.md §5) and sharing no code with HwTasks.Core's signer, so the two check each other.
/// </summary>
public static class SigningText
{
    private const string UpperHex = "0123456789ABCDEF";

    /// <summary>Keeps A-Z a-z 0-9 - _ . ~ and writes every other UTF-8 byte as upper-case %XX.</summary>
    public static string PercentEncode(string text)
    {
        var encoded = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (IsUnreserved(b)) encoded.Append((char)b);
            else encoded.Append('%').Append(UpperHex[b >> 4]).Append(UpperHex[b & 0xF]);
        }
        return encoded.ToString();
    }

    /// <summary>
    /// Turns each %XX into its byte and reads the bytes as UTF-8; '+' is a plus (the signer never
    /// sends it for a space). A '%' not followed by two hex digits stays as it is.
    /// </summary>
    public static string PercentDecode(string text)
    {
        var bytes = new List<byte>(text.Length);
        var literal = new byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && HexValue(text[i + 1]) >= 0 && HexValue(text[i + 2]) >= 0)
            {
                bytes.Add((byte)(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2])));
                i += 2;
                continue;
            }
            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            var count = Encoding.UTF8.GetBytes(text, i, length, literal, 0);
            for (var j = 0; j < count; j++) bytes.Add(literal[j]);
            i += length - 1;
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>
    /// Orders text by Unicode code point, as the official signer's sort does; UTF-8 bytes compare in
    /// that order, UTF-16 code units do not (a character above U+FFFF against one from U+E000).
    /// </summary>
    public static int CompareCodePoints(string a, string b)
    {
        var x = Encoding.UTF8.GetBytes(a);
        var y = Encoding.UTF8.GetBytes(b);
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
        }
        return x.Length.CompareTo(y.Length);
    }

    /// <summary>Header names are ASCII tokens: only A-Z change, whatever the culture.</summary>
    public static string AsciiLower(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] >= 'A' && chars[i] <= 'Z') chars[i] = (char)(chars[i] + ('a' - 'A'));
        }
        return new string(chars);
    }

    /// <summary>Methods are ASCII tokens: only a-z change, whatever the culture.</summary>
    public static string AsciiUpper(string method)
    {
        var chars = method.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] >= 'a' && chars[i] <= 'z') chars[i] = (char)(chars[i] - ('a' - 'A'));
        }
        return new string(chars);
    }

    /// <summary>Space and tab around a value are not part of it (HTTP's optional whitespace); inner ones are.</summary>
    public static string TrimValue(string value) => value.Trim(' ', '\t');

    public static string LowerHex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    private static bool IsUnreserved(byte b) =>
        (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '.' || b == '~';

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}
