using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// The credentials file as its lines, to add, replace or remove one profile (section) and keep
    /// every other line as it was: other sections, comments, blank lines, the line ending and the
    /// encoding. <see cref="Change"/> is the one way to write it: under the file's lock, on what the
    /// file holds then, replaced whole. The secrets of the saved profile stay SecureString until
    /// their bytes go into the new file, which only its owner can open (mode 0600 where modes exist).
    /// </summary>
    public sealed class CredentialsFileDocument
    {
        private readonly List<Line> _lines;
        private readonly string _newLine;
        private readonly Encoding _encoding;

        private CredentialsFileDocument(string path, List<Line> lines, string newLine, Encoding encoding)
        {
            Path = path;
            _lines = lines;
            _newLine = newLine;
            _encoding = encoding;
        }

        public string Path { get; }

        /// <summary>
        /// Reads the file (through a link, the file it leads to), or starts an empty one when it does
        /// not exist yet: to check a change before asking, or to read; <see cref="Change"/> writes.
        /// </summary>
        public static CredentialsFileDocument Open(string path) => Open(path, () => FileLinks.FinalTarget(path));

        // The target is found inside the try, so a loop of links reads as the file being unreadable.
        private static CredentialsFileDocument Open(string path, Func<string> target)
        {
            try
            {
                var file = CredentialsFileText.Read(path, target()) ?? CredentialsFileText.Empty;
                var text = file.Text;
                var newLine = text.Contains("\r\n") ? "\r\n" : text.IndexOf('\n') >= 0 ? "\n" : Environment.NewLine;
                return new CredentialsFileDocument(path, CredentialsFile.Lines(text).Select(l => new Line(l)).ToList(), newLine, file.Encoding);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw CredentialsFile.Unreadable(path, e);
            }
        }

        /// <summary>
        /// Changes the file, one writer at a time across processes: takes its lock (waiting up to
        /// <see cref="CredentialsFileLock.DefaultWait"/> for another writer, then CredentialsFileLocked),
        /// reads it again, so the change applies to what it holds now, and when
        /// <paramref name="change"/> returns true writes it to a temporary file renamed over it. A link
        /// stays a link: the file it leads to is replaced. Returns what <paramref name="change"/> did.
        /// </summary>
        public static bool Change(string path, Func<CredentialsFileDocument, bool> change) => Change(path, change, CredentialsFileLock.DefaultWait);

        internal static bool Change(string path, Func<CredentialsFileDocument, bool> change, TimeSpan lockWait)
        {
            try
            {
                var target = FileLinks.FinalTarget(path);
                var folder = System.IO.Path.GetDirectoryName(target)!;
                if (!Directory.Exists(folder)) FilePermissions.CreateOwnerOnlyFolder(folder);
                using var held = CredentialsFileLock.Take(path, target, lockWait);
                var document = Open(path, () => target);
                if (!change(document)) return false;
                document.WriteTo(target);
                return true;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw HwCloudException.Configuration("CredentialsFileUnwritable",
                    "The credentials file '" + path + "' cannot be written (" + e.Message.TrimEnd('.', ' ') + "): it was left as it was. Check the free space and the permissions of the file and its folder, or set HUAWEICLOUD_SDK_CREDENTIALS_FILE to another file.");
            }
            finally
            {
                CredentialsFile.Forget(path);
            }
        }

        public bool HasProfile(string name) => HeadersOf(name).Any();

        /// <summary>
        /// Writes the profile's keys under its header: a new section at the end, or, when the section
        /// exists, in place of its keys (its comments stay). Values are checked to read back as written.
        /// </summary>
        public void SetProfile(string name, AccessKeyCredential credential, string? region, string? projectId, string? iamEndpoint,
            string? endpointUrl = null)
        {
            CheckName(name);
            var keys = new List<Line>
            {
                Key("ak", credential.AccessKey),
                Secret("sk", credential.SecretKey, "The secret key"),
            };
            if (credential.SecurityToken is not null) keys.Add(Secret("security_token", credential.SecurityToken, "The security token"));
            if (region is not null) keys.Add(Key(CredentialsFile.RegionKey, region));
            if (projectId is not null) keys.Add(Key("project_id", projectId));
            if (iamEndpoint is not null) keys.Add(Key("iam_endpoint", iamEndpoint));
            if (endpointUrl is not null) keys.Add(Key(CredentialsFile.EndpointUrlKey, endpointUrl));

            var headers = HeadersOf(name).ToList();
            if (headers.Count == 0)
            {
                if (_lines.Count > 0 && !IsBlank(_lines.Count - 1)) _lines.Add(new Line(string.Empty));
                _lines.Add(new Line("[" + name + "]"));
                _lines.AddRange(keys);
                return;
            }
            // A name may head several sections (the reader merges them): their keys all go.
            foreach (var header in headers.AsEnumerable().Reverse())
            {
                var end = EndOf(header);
                for (var i = end - 1; i > header; i--)
                {
                    if (_lines[i].Secret is not null || CredentialsFile.IsKeyLine(_lines[i].Text)) _lines.RemoveAt(i);
                }
            }
            _lines.InsertRange(headers[0] + 1, keys);
        }

        /// <summary>
        /// Removes every section of that name: its header, keys and comments up to its last key. The
        /// comments and blank lines after it, before the next header, describe the next section and stay.
        /// </summary>
        public bool RemoveProfile(string name)
        {
            var headers = HeadersOf(name).ToList();
            foreach (var header in headers.AsEnumerable().Reverse())
            {
                var last = header;
                for (var i = header + 1; i < EndOf(header); i++)
                {
                    if (CredentialsFile.IsKeyLine(_lines[i].Text)) last = i;
                }
                _lines.RemoveRange(header, last - header + 1);
                // A blank line separated it from what came before: keep one, not two, and none at the end.
                var blankBefore = header == 0 || IsBlank(header - 1);
                if (blankBefore && header < _lines.Count && IsBlank(header)) _lines.RemoveAt(header);
                if (header == _lines.Count)
                {
                    while (_lines.Count > 0 && IsBlank(_lines.Count - 1)) _lines.RemoveAt(_lines.Count - 1);
                }
            }
            return headers.Count > 0;
        }

        // The new content, the secrets straight from SecureString, in the encoding the file had: its
        // byte-order mark stays, because the tool that wrote it reads it back in that encoding (a
        // UTF-16 file converted to UTF-8 would read as garbage in Windows PowerShell 5.1's Get-Content
        // without -Encoding); a file without one, or a new file, is UTF-8 without a mark, as the SDKs write.
        private void WriteTo(string target) => AtomicFile.Replace(target, stream =>
        {
            var preamble = _encoding.GetPreamble();
            stream.Write(preamble, 0, preamble.Length);
            var end = _encoding.GetBytes(_newLine);
            foreach (var line in _lines)
            {
                var text = _encoding.GetBytes(line.Text);
                stream.Write(text, 0, text.Length);
                if (line.Secret is not null) SecretText.Write(line.Secret, _encoding, stream);
                stream.Write(end, 0, end.Length);
            }
        });

        private bool IsBlank(int index) => _lines[index].Secret is null && _lines[index].Text.Trim().Length == 0;

        private IEnumerable<int> HeadersOf(string name)
        {
            for (var i = 0; i < _lines.Count; i++)
            {
                if (_lines[i].Secret is null && string.Equals(CredentialsFile.SectionOf(_lines[i].Text), name, StringComparison.OrdinalIgnoreCase)) yield return i;
            }
        }

        // The index of the next section's header, or the end of the file.
        private int EndOf(int header)
        {
            var i = header + 1;
            while (i < _lines.Count && (_lines[i].Secret is not null || CredentialsFile.SectionOf(_lines[i].Text) is null)) i++;
            return i;
        }

        private static void CheckName(string name)
        {
            if (name.Trim().Length == 0 || name.Trim() != name || name.IndexOfAny(new[] { '[', ']', '\r', '\n' }) >= 0)
                throw new ArgumentException("A profile name must not be empty, start or end with whitespace, or contain '[', ']' or a line break.");
        }

        private static Line Key(string key, string value)
        {
            if (value.Length == 0 || value.Trim() != value || value.IndexOfAny(new[] { '\r', '\n' }) >= 0)
                throw new ArgumentException("The " + key + " value must be one line without whitespace at either end.");
            return new Line(key + " = " + value);
        }

        private static Line Secret(string key, SecureString value, string what)
        {
            // The message never shows the value.
            if (!SecretText.IsIniValue(value))
                throw new ArgumentException(what + " must be one line without whitespace at either end, or the credentials file would not give it back as given.");
            return new Line(key + " = ", value);
        }

        /// <summary>One line: its text, and for a secret key the SecureString written after it.</summary>
        private sealed class Line
        {
            public Line(string text, SecureString? secret = null)
            {
                Text = text;
                Secret = secret;
            }

            public string Text { get; }
            public SecureString? Secret { get; }
        }
    }
}
