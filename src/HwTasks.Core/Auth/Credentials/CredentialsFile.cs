using System;
using System.Collections.Generic;
using System.IO;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// The Huawei Cloud credentials file (INI): sections such as [basic] with ak, sk and optional
    /// project_id, security_token, iam_endpoint. Read only when needed, never written.
    /// </summary>
    public sealed class CredentialsFile
    {
        public const string DefaultProfile = "basic";

        private readonly Dictionary<string, Dictionary<string, string>> _sections;

        private CredentialsFile(string path, Dictionary<string, Dictionary<string, string>> sections)
        {
            Path = path;
            _sections = sections;
        }

        public string Path { get; }

        public IReadOnlyDictionary<string, string>? Section(string name) =>
            _sections.TryGetValue(name, out var section) ? section : null;

        public IEnumerable<string> SectionNames => _sections.Keys;

        public static string DefaultPath(Func<string, string?> environment)
        {
            var configured = environment("HUAWEICLOUD_SDK_CREDENTIALS_FILE");
            if (!string.IsNullOrWhiteSpace(configured)) return configured!;
            var home = environment("HOME");
            if (string.IsNullOrEmpty(home)) home = environment("USERPROFILE");
            if (string.IsNullOrEmpty(home)) home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return System.IO.Path.Combine(home!, ".huaweicloud", "credentials");
        }

        // Every command without Connect-HwCloud would read the file again: keep it until it changes.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (DateTime Written, CredentialsFile File)> Loaded =
            new System.Collections.Concurrent.ConcurrentDictionary<string, (DateTime, CredentialsFile)>(StringComparer.Ordinal);

        public static CredentialsFile? TryLoad(string path)
        {
            if (!File.Exists(path)) return null;
            try
            {
                var written = File.GetLastWriteTimeUtc(path);
                if (Loaded.TryGetValue(path, out var cached) && cached.Written == written) return cached.File;
                var file = Parse(path, File.ReadAllLines(path));
                Loaded[path] = (written, file);
                return file;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Errors.HwCloudException.Configuration("CredentialsFileUnreadable",
                    "The credentials file '" + path + "' cannot be read (" + e.GetType().Name + "). Check its permissions, or set HUAWEICLOUD_SDK_CREDENTIALS_FILE to another file.");
            }
        }

        public static CredentialsFile Parse(string path, IEnumerable<string> lines)
        {
            var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
            Dictionary<string, string>? current = null;
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
                if (line[0] == '[' && line[line.Length - 1] == ']')
                {
                    var name = line.Substring(1, line.Length - 2).Trim();
                    if (!sections.TryGetValue(name, out current))
                    {
                        current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                        sections.Add(name, current);
                    }
                    continue;
                }
                var eq = line.IndexOf('=');
                if (eq <= 0 || current is null) continue;
                current[line.Substring(0, eq).Trim()] = line.Substring(eq + 1).Trim();
            }
            return new CredentialsFile(path, sections);
        }
    }
}
