using System;
using System.Security.Cryptography;
using System.Text;

namespace HwTasks.Core.Auth.Signing
{
    /// <summary>
    /// The buffers one thread signs with: the canonical request is written into a builder, encoded
    /// into bytes and hashed, and each request reuses them instead of making the text, its UTF-8
    /// copy and the parts anew. The text holds the signed headers (a security token among them), so
    /// the buffers are cleared as each signing ends.
    /// </summary>
    internal sealed class CanonicalText
    {
        [ThreadStatic] private static CanonicalText? _current;

        private char[] _chars = new char[1024];
        private byte[] _bytes = new byte[1024];
        private SHA256? _sha256;

        public StringBuilder Builder { get; } = new StringBuilder(1024);

        /// <summary>This thread's buffers (a signing calls out to nothing that could sign again meanwhile).</summary>
        public static CanonicalText Rent() => _current ??= new CanonicalText();

        /// <summary>The SHA-256 of the UTF-8 text written so far.</summary>
        public byte[] Sha256()
        {
            var length = Builder.Length;
            if (_chars.Length < length) _chars = new char[Math.Max(length, _chars.Length * 2)];
            Builder.CopyTo(0, _chars, 0, length);
            var byteCount = Encoding.UTF8.GetByteCount(_chars, 0, length);
            if (_bytes.Length < byteCount) _bytes = new byte[Math.Max(byteCount, _bytes.Length * 2)];
            var written = Encoding.UTF8.GetBytes(_chars, 0, length, _bytes, 0);
            return (_sha256 ??= SHA256.Create()).ComputeHash(_bytes, 0, written);
        }

        /// <summary>
        /// The signature: HMAC-SHA256 of the string to sign ("SDK-HMAC-SHA256\n" date "\n" hex of the
        /// canonical hash), written as bytes into the buffer rather than made as a string first.
        /// </summary>
        public string Signature(byte[] secretKey, string date, byte[] canonicalHash)
        {
            var need = RequestSigner.Algorithm.Length + 2 + Encoding.UTF8.GetMaxByteCount(date.Length) + canonicalHash.Length * 2;
            if (_bytes.Length < need) _bytes = new byte[Math.Max(need, _bytes.Length * 2)];
            var at = Encoding.ASCII.GetBytes(RequestSigner.Algorithm, 0, RequestSigner.Algorithm.Length, _bytes, 0);
            _bytes[at++] = (byte)'\n';
            at += Encoding.UTF8.GetBytes(date, 0, date.Length, _bytes, at);
            _bytes[at++] = (byte)'\n';
            at = Hex.WriteLower(canonicalHash, _bytes, at);
            return Hex.Lower(RequestSigner.KeyedHmac(secretKey).ComputeHash(_bytes, 0, at));
        }

        public void Return()
        {
            Array.Clear(_chars, 0, _chars.Length);
            Array.Clear(_bytes, 0, _bytes.Length);
            // Overwrites the builder's characters before forgetting them (Clear alone keeps them); a
            // text longer than its first chunk may leave a replaced chunk to the collector, as any string is.
            var length = Builder.Length;
            Builder.Length = 0;
            Builder.Append('\0', length);
            Builder.Length = 0;
        }
    }
}
