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
    /// every other line as it was: other sections, comments, blank lines and the line ending. The
    /// secrets of the saved profile stay SecureString until <see cref="Save"/> writes their bytes
    /// into the file, which it makes readable by the owner only first (mode 0600 where modes exist).
    /// </summary>
    public sealed class CredentialsFileDocument
    {
        private readonly List<Line> _lines;
        private readonly string _newLine;

        private CredentialsFileDocument(string path, List<Line> lines, string newLine)
        {
            Path = path;
            _lines = lines;
            _newLine = newLine;
        }

        public string Path { get; }

        /// <summary>Reads the file, or starts an empty one when it does not exist yet.</summary>
        public static CredentialsFileDocument Open(string path)
        {
            try
            {
                var info = new FileInfo(path);
                var text = info.Exists ? CredentialsFile.ReadText(path, info) : string.Empty;
                var newLine = text.Contains("\r\n") ? "\r\n" : text.IndexOf('\n') >= 0 ? "\n" : Environment.NewLine;
                return new CredentialsFileDocument(path, CredentialsFile.Lines(text).Select(l => new Line(l)).ToList(), newLine);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw CredentialsFile.Unreadable(path, e);
            }
        }

        public bool HasProfile(string name) => HeadersOf(name).Any();

        /// <summary>
        /// Writes the profile's keys under its header: a new section at the end, or, when the section
        /// exists, in place of its keys (its comments stay). Values are checked to read back as written.
        /// </summary>
        public void SetProfile(string name, AccessKeyCredential credential, string? region, string? projectId, string? iamEndpoint)
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

        /// <summary>
        /// Writes the file: its folder created with mode 0700 and the file with 0600 (where modes
        /// exist) before any byte goes in, then the lines, the secrets straight from SecureString.
        /// An existing file is tightened to 0600 too. Written in place, so a symbolic link stays one.
        /// </summary>
        public void Save()
        {
            try
            {
                var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
                if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder)) FilePermissions.CreateOwnerOnlyFolder(folder!);
                if (!File.Exists(Path)) new FileStream(Path, FileMode.CreateNew, FileAccess.Write, FileShare.None).Dispose();
                FilePermissions.RestrictToOwner(Path);
                using var stream = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.None);
                stream.SetLength(0);
                var encoding = new UTF8Encoding(false);
                foreach (var line in _lines)
                {
                    var text = encoding.GetBytes(line.Text);
                    stream.Write(text, 0, text.Length);
                    if (line.Secret is not null) SecretText.WriteUtf8(line.Secret, stream);
                    var end = encoding.GetBytes(_newLine);
                    stream.Write(end, 0, end.Length);
                }
                stream.Flush(true);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw HwCloudException.Configuration("CredentialsFileUnwritable",
                    "The credentials file '" + Path + "' cannot be written (" + e.GetType().Name + "). Check the permissions of the file and its folder, or set HUAWEICLOUD_SDK_CREDENTIALS_FILE to another file.");
            }
            finally
            {
                CredentialsFile.Forget(Path);
            }
        }

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
