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

        /// <summary>The credential, where it came from, and the project id / IAM endpoint stored beside it.</summary>
        public AmbientResult? Find(string? profileName = null)
        {
            if (profileName is null)
            {
                var fromEnvironment = FromEnvironment("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN")
                                      ?? FromEnvironment("CLOUD_SDK_AK", "CLOUD_SDK_SK", null);
                if (fromEnvironment is not null) return fromEnvironment;
            }
            return FromFile(profileName ?? CredentialsFile.DefaultProfile, profileName is not null);
        }

        /// <summary>
        /// As <see cref="Find"/>, but no credential anywhere is an error that lists every way to give one.
        /// The answer is kept while the variables and the file it came from stay the same (compared
        /// by a hash, so no copy of a secret is kept), so every command does not build it again.
        /// </summary>
        public AmbientResult FindRequired(string? profileName = null)
        {
            var inputs = InputsHash(profileName);
            var last = _last;
            if (last is not null && last.Inputs == inputs) return last.Result;
            var result = Find(profileName) ?? throw NoCredentials();
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
            var path = CredentialsFile.DefaultPath(_environment);
            text.Append('\n').Append(path).Append('\n');
            try
            {
                if (System.IO.File.Exists(path)) text.Append(System.IO.File.GetLastWriteTimeUtc(path).Ticks);
            }
            catch (Exception e) when (e is System.IO.IOException || e is UnauthorizedAccessException)
            {
                text.Append("unreadable");
            }
            return Signing.Hex.Sha256(text.ToString());
        }

        private HwCloudException NoCredentials() =>
            HwCloudException.Configuration("NoCredentials",
                "No Huawei Cloud credentials were found. Run Connect-HwCloud (with -AccessKey and -SecretKey, -Credential, " +
                "-Token or -UserName/-DomainName/-Password), set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or create " +
                CredentialsFile.DefaultPath(_environment) + " with a [basic] section holding ak and sk.");

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
                Variable("HUAWEICLOUD_SDK_PROJECT_ID"), Variable("HUAWEICLOUD_SDK_IAM_ENDPOINT"));
        }

        private AmbientResult? FromFile(string profile, bool required)
        {
            var path = CredentialsFile.DefaultPath(_environment);
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
            var credential = new AccessKeyCredential(ak!, SecretText.FromString(sk!),
                string.IsNullOrWhiteSpace(token) ? null : SecretText.FromString(token!));
            return new AmbientResult(credential, "credentials file " + path + " [" + profile + "]",
                string.IsNullOrWhiteSpace(projectId) ? null : projectId, string.IsNullOrWhiteSpace(iamEndpoint) ? null : iamEndpoint)
            {
                Warning = file!.TakeWarning(),
            };
        }
    }

    public sealed class AmbientResult
    {
        public AmbientResult(CloudCredential credential, string source, string? projectId, string? iamEndpoint)
        {
            Credential = credential;
            Source = source;
            ProjectId = projectId;
            IamEndpoint = iamEndpoint;
        }

        public CloudCredential Credential { get; }
        /// <summary>Where the credential came from, naming variables or the file and section, never values.</summary>
        public string Source { get; }
        public string? ProjectId { get; }
        public string? IamEndpoint { get; }
        /// <summary>Something the user should fix about where the credential came from (a file others can read).</summary>
        public string? Warning { get; internal set; }
    }
}
