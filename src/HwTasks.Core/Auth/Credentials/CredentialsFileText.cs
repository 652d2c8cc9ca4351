using System.IO;
using System.Text;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// The text of a credentials file and the encoding it was written in: UTF-8 without a byte-order
    /// mark (what the SDKs write), or whatever a byte-order mark says: UTF-8 (Set-Content -Encoding
    /// UTF8 in Windows PowerShell 5.1, older Notepad), UTF-16 LE (5.1's '>' and Out-File), UTF-16 BE.
    /// </summary>
    internal sealed class CredentialsFileText
    {
        private CredentialsFileText(string text, Encoding encoding)
        {
            Text = text;
            Encoding = encoding;
        }

        public string Text { get; }

        /// <summary>The encoding to write the file back in; its preamble is the byte-order mark the file had, if any.</summary>
        public Encoding Encoding { get; }

        public static CredentialsFileText Empty { get; } = new CredentialsFileText(string.Empty, new UTF8Encoding(false));

        /// <summary>
        /// Reads the file a link leads to (<paramref name="target"/>), or null when there is none. The
        /// length is what the file holds, read to its end, never the size of a link. A file whose size
        /// reads as 0 is never opened: a FIFO or device would make the read wait for a writer.
        /// </summary>
        public static CredentialsFileText? Read(string path, string target)
        {
            var info = new FileInfo(target);
            if (!info.Exists) return null;
            if (info.Length == 0) return Empty;
            if (info.Length > CredentialsFile.MaximumBytes) throw TooLarge(path, info.Length + " bytes");
            // Delete sharing lets a writer on Windows replace the file while it is read.
            using var stream = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var content = new MemoryStream((int)info.Length);
            var chunk = new byte[4096];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                content.Write(chunk, 0, read);
                if (content.Length > CredentialsFile.MaximumBytes) throw TooLarge(path, "more than " + CredentialsFile.MaximumBytes + " bytes");
            }
            content.Position = 0;
            using var reader = new StreamReader(content, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd();
            return new CredentialsFileText(text, reader.CurrentEncoding);
        }

        private static HwCloudException TooLarge(string path, string size) =>
            HwCloudException.Configuration("CredentialsFileTooLarge",
                "The credentials file '" + path + "' is " + size + "; a credentials file is a few hundred. Point HUAWEICLOUD_SDK_CREDENTIALS_FILE at the right file.");
    }
}
