using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// The Huawei Cloud credentials file (INI): sections such as [basic] with ak, sk and optional
    /// project_id, security_token, iam_endpoint, and HwTasks' own region and endpoint_url. Read only when needed;
    /// written only by <see cref="CredentialsFileDocument"/> when the user saves or removes a profile.
    /// </summary>
    public sealed class CredentialsFile
    {
        public const string DefaultProfile = "basic";

        /// <summary>The profile's default region: HwTasks' key, which the SDKs ignore as they ignore every unknown key.</summary>
        public const string RegionKey = "region";

        /// <summary>
        /// The profile's service endpoint (Save-HwCloudProfile -EndpointUrl): HwTasks' key, as the SDKs' file
        /// has none for a service endpoint (iam_endpoint is IAM's only).
        /// </summary>
        public const string EndpointUrlKey = "endpoint_url";

        private readonly Dictionary<string, Dictionary<string, string>> _sections;

        /// <summary>Larger files are refused: a credentials file is a few hundred bytes.</summary>
        public const long MaximumBytes = 1024 * 1024;

        private string? _warning;

        private CredentialsFile(string path, Dictionary<string, Dictionary<string, string>> sections, string? warning = null)
        {
            Path = path;
            _sections = sections;
            _warning = warning;
        }

        public string Path { get; }

        /// <summary>
        /// The warning when other users may read the file (Unix modes), given once per version of the
        /// file (each change is read again), so the first command using it says so and later ones do not.
        /// </summary>
        public string? TakeWarning() => System.Threading.Interlocked.Exchange(ref _warning, null);

        public IReadOnlyDictionary<string, string>? Section(string name) =>
            _sections.TryGetValue(name, out var section) ? section : null;

        public IEnumerable<string> SectionNames => _sections.Keys;

        /// <summary>One section as a profile, or null when the file has none of that name.</summary>
        public HwCloudProfile? Profile(string name) => Profiles.FirstOrDefault(p => string.Equals(p.ProfileName, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>Every section as a profile, in the file's order, without its secrets.</summary>
        public IEnumerable<HwCloudProfile> Profiles
        {
            get
            {
                foreach (var section in _sections) yield return HwCloudProfile.From(section.Key, section.Value, Path);
            }
        }

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
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (DateTime Written, long Length, CredentialsFile File)> Loaded =
            new System.Collections.Concurrent.ConcurrentDictionary<string, (DateTime, long, CredentialsFile)>(StringComparer.Ordinal);

        /// <summary>
        /// Reads the file if it exists (through a link, the file it leads to). Only what a regular
        /// file can hold is read, and never more than <see cref="MaximumBytes"/>: a FIFO or device
        /// (whose size reads as 0) is never opened, so a read can never wait for a writer that does not come.
        /// </summary>
        public static CredentialsFile? TryLoad(string path)
        {
            try
            {
                var target = FileLinks.FinalTarget(path);
                // The file the link leads to: a link's own time and size never change with its target.
                var info = new FileInfo(target);
                if (!info.Exists) return null;
                if (Loaded.TryGetValue(path, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length) return cached.File;
                var text = CredentialsFileText.Read(path, target);
                if (text is null) return null;
                var file = text.Text.Length == 0
                    ? new CredentialsFile(path, new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase))
                    : Parse(path, Lines(text.Text), FilePermissions.OthersMayRead(target));
                Loaded[path] = (info.LastWriteTimeUtc, info.Length, file);
                return file;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Unreadable(path, e);
            }
        }

        /// <summary>
        /// Drops what was read of the file, after this process wrote it: a second write within the
        /// file system's timestamp granularity would otherwise look unchanged.
        /// </summary>
        internal static void Forget(string path) => Loaded.TryRemove(path, out _);

        internal static List<string> Lines(string text)
        {
            using var reader = new StringReader(text);
            var lines = new List<string>();
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine()) lines.Add(line);
            return lines;
        }

        internal static Errors.HwCloudException Unreadable(string path, Exception e) =>
            Errors.HwCloudException.Configuration("CredentialsFileUnreadable",
                "The credentials file '" + path + "' cannot be read (" + e.GetType().Name + "). Check its permissions, or set HUAWEICLOUD_SDK_CREDENTIALS_FILE to another file.");

        /// <summary>The section name of a line such as "[prod]", or null for any other line.</summary>
        internal static string? SectionOf(string raw)
        {
            var line = raw.Trim();
            return line.Length >= 2 && line[0] == '[' && line[line.Length - 1] == ']' ? line.Substring(1, line.Length - 2).Trim() : null;
        }

        /// <summary>Whether a line sets a key ("ak = ..."), as opposed to a comment, a blank line or a section header.</summary>
        internal static bool IsKeyLine(string raw)
        {
            var line = raw.Trim();
            return line.Length > 0 && line[0] != '#' && line[0] != ';' && SectionOf(line) is null && line.IndexOf('=') > 0;
        }

        public static CredentialsFile Parse(string path, IEnumerable<string> lines, string? warning = null)
        {
            var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
            Dictionary<string, string>? current = null;
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
                var name = SectionOf(line);
                if (name is not null)
                {
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
            return new CredentialsFile(path, sections, warning);
        }
    }
}
