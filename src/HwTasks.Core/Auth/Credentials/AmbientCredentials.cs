using System;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// Credentials found outside the session: the environment (HUAWEICLOUD_SDK_AK/SK/SECURITY_TOKEN,
    /// then the seed examples' CLOUD_SDK_AK/SK), then the credentials file section.
    /// </summary>
    public sealed class AmbientCredentials
    {
        private readonly Func<string, string?> _environment;

        public AmbientCredentials(Func<string, string?>? environment = null)
        {
            _environment = environment ?? Environment.GetEnvironmentVariable;
        }

        /// <summary>The credential, where it came from, and the project id / IAM endpoint / region stored beside it.</summary>
        public AmbientResult? Find(string? profileName = null)
        {
            if (profileName is not null) return FindProfile(profileName);
            return FindInEnvironment() ?? FromFile(CredentialsFile.DefaultProfile, required: false, CredentialsFilePath);
        }

        /// <summary>
        /// As <see cref="Find"/>, but no credential anywhere is an error that lists every way to give one.
        /// A <paramref name="hint"/> (what the caller knows of the likely cause) comes first.
        /// The answer is kept while the variables and the file it came from stay the same (compared
        /// by a hash, so no copy of a secret is kept), so every command does not build it again.
        /// </summary>
        public AmbientResult FindRequired(string? profileName = null, string? hint = null)
        {
            var inputs = InputsHash(profileName);
            var last = _last;
            if (last is not null && last.Inputs == inputs) return last.Result;
            var result = Find(profileName) ?? throw NoCredentials(hint);
            _last = new Remembered(inputs, result);
            return result;
        }

        // Replaced whole, so a reader on another thread sees an old answer or a new one, never half of each.
        private volatile Remembered? _last;

        private sealed class Remembered
        {
            public Remembered(string inputs, AmbientResult result)
            {
                Inputs = inputs;
                Result = result;
            }

            public string Inputs { get; }
            public AmbientResult Result { get; }
        }

        private static readonly string[] InputVariables =
        {
            "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN", "HUAWEICLOUD_SDK_PROJECT_ID",
            "HUAWEICLOUD_SDK_IAM_ENDPOINT", "CLOUD_SDK_AK", "CLOUD_SDK_SK", "HUAWEICLOUD_SDK_CREDENTIALS_FILE", "HOME", "USERPROFILE",
        };

        // What the answer depends on: the variables, the profile asked for, and the file's last write.
        private string InputsHash(string? profileName)
        {
            var text = new System.Text.StringBuilder(profileName ?? string.Empty);
            foreach (var name in InputVariables) text.Append('\n').Append(_environment(name));
            var path = CredentialsFilePath;
            text.Append('\n').Append(path).Append('\n');
            try
            {
                var file = new System.IO.FileInfo(path);
                if (file.Exists) text.Append(file.LastWriteTimeUtc.Ticks).Append(' ').Append(file.Length);
            }
            catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException)
            {
                text.Append("unreadable");
            }
            return Signing.Hex.Sha256(text.ToString());
        }

        private HwCloudException NoCredentials(string? hint) =>
            HwCloudException.Configuration("NoCredentials",
                "No Huawei Cloud credentials were found. " + (hint is null ? "Run" : hint + " Otherwise run") +
                " Connect-HwCloud (with -AccessKey and -SecretKey, -Credential, -Token or " +
                "-UserName/-DomainName/-Password), set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or create " +
                CredentialsFilePath + " with a [basic] section holding ak and sk.");

        /// <summary>The environment's credential (HUAWEICLOUD_SDK_*, then CLOUD_SDK_*), or null when none is set.</summary>
        public AmbientResult? FindInEnvironment() =>
            FromEnvironment("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN")
            ?? FromEnvironment("CLOUD_SDK_AK", "CLOUD_SDK_SK", null);

        /// <summary>One section of the credentials file (<see cref="CredentialsFilePath"/> unless a path is given); missing is an error.</summary>
        public AmbientResult FindProfile(string profileName, string? path = null) =>
            FromFile(profileName, required: true, path ?? CredentialsFilePath)!;

        /// <summary>The credentials file this process reads: HUAWEICLOUD_SDK_CREDENTIALS_FILE, else ~/.huaweicloud/credentials.</summary>
        public string CredentialsFilePath => CredentialsFile.DefaultPath(_environment);

        public string? Variable(string name)
        {
            var value = _environment(name);
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }

        private AmbientResult? FromEnvironment(string akName, string skName, string? tokenName)
        {
            var ak = Variable(akName);
            var sk = Variable(skName);
            if (ak is null && sk is null) return null;
            if (ak is null || sk is null)
            {
                throw HwCloudException.Configuration("IncompleteEnvironmentCredentials",
                    (ak is null ? akName : skName) + " is not set while " + (ak is null ? skName : akName) +
                    " is. Set both, or neither to use the credentials file.");
            }
            var token = tokenName is null ? null : Variable(tokenName);
            var credential = new AccessKeyCredential(ak, SecretText.FromString(sk), token is null ? null : SecretText.FromString(token));
            var names = akName + "/" + skName + (token is null ? string.Empty : "/" + tokenName);
            return new AmbientResult(credential, "environment variables " + names,
                Variable("HUAWEICLOUD_SDK_PROJECT_ID"), Variable("HUAWEICLOUD_SDK_IAM_ENDPOINT"), CredentialOrigin.Environment);
        }

        private AmbientResult? FromFile(string profile, bool required, string path)
        {
            var file = CredentialsFile.TryLoad(path);
            var section = file?.Section(profile);
            if (section is null)
            {
                if (!required) return null;
                throw HwCloudException.Configuration("ProfileNotFound", file is null
                    ? "The credentials file '" + path + "' does not exist, so profile '" + profile + "' cannot be read. Create it with a [" + profile + "] section holding ak and sk, or set HUAWEICLOUD_SDK_CREDENTIALS_FILE."
                    : "The credentials file '" + path + "' has no [" + profile + "] section. Sections: " + string.Join(", ", file.SectionNames) + ".");
            }
            section.TryGetValue("ak", out var ak);
            section.TryGetValue("sk", out var sk);
            if (string.IsNullOrWhiteSpace(ak) || string.IsNullOrWhiteSpace(sk))
            {
                throw HwCloudException.Configuration("IncompleteProfile",
                    "Section [" + profile + "] of '" + path + "' must set both ak and sk.");
            }
            section.TryGetValue("security_token", out var token);
            section.TryGetValue("project_id", out var projectId);
            section.TryGetValue("iam_endpoint", out var iamEndpoint);
            // Not an SDK key (they ignore it): Save-HwCloudProfile -Region stores the profile's default region.
            section.TryGetValue(CredentialsFile.RegionKey, out var region);
            section.TryGetValue(CredentialsFile.EndpointUrlKey, out var endpointUrl);
            var credential = new AccessKeyCredential(ak!, SecretText.FromString(sk!),
                string.IsNullOrWhiteSpace(token) ? null : SecretText.FromString(token!));
            return new AmbientResult(credential, "credentials file " + path + " [" + profile + "]",
                Blank(projectId), Blank(iamEndpoint), CredentialOrigin.CredentialsFile(path, profile))
            {
                Region = Blank(region),
                EndpointUrl = ProfileEndpoint.Parse(Blank(endpointUrl), path, profile),
                Warning = file!.TakeWarning(),
            };
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }

    public sealed class AmbientResult
    {
        public AmbientResult(CloudCredential credential, string source, string? projectId, string? iamEndpoint, CredentialOrigin origin)
        {
            Credential = credential;
            Source = source;
            ProjectId = projectId;
            IamEndpoint = iamEndpoint;
            Origin = origin;
        }

        public CloudCredential Credential { get; }
        /// <summary>Where the credential came from, naming variables or the file and section, never values.</summary>
        public string Source { get; }
        public string? ProjectId { get; }
        public string? IamEndpoint { get; }
        /// <summary>The default region the credentials file section names, if any (the environment's is read later, by the resolver).</summary>
        public string? Region { get; internal set; }
        /// <summary>The service endpoint the credentials file section names (endpoint_url), if any.</summary>
        public Uri? EndpointUrl { get; internal set; }
        public CredentialOrigin Origin { get; }
        /// <summary>Something the user should fix about where the credential came from (a file others can read).</summary>
        public string? Warning { get; internal set; }
    }
}
