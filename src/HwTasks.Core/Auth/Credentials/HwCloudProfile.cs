using System.Collections.Generic;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// A profile (section) of the credentials file as Get-HwCloudProfile lists it: its name, masked
    /// access key, defaults and file. Built without reading the secret key or the security token
    /// into it: it only says whether a token is there.
    /// </summary>
    public sealed class HwCloudProfile
    {
        private HwCloudProfile(string profileName, string? maskedAccessKey, AuthenticationType? authenticationType, string? region,
            string? projectId, string? iamEndpoint, string? endpointUrl, string path)
        {
            ProfileName = profileName;
            MaskedAccessKey = maskedAccessKey;
            AuthenticationType = authenticationType;
            Region = region;
            ProjectId = projectId;
            IamEndpoint = iamEndpoint;
            EndpointUrl = endpointUrl;
            Path = path;
        }

        public string ProfileName { get; }
        /// <summary>The first and last four characters of the access key (<see cref="CloudCredential.MaskAccessKey"/>).</summary>
        public string? MaskedAccessKey { get; }
        /// <summary>AccessKey, TemporaryAccessKey with a security token, or null when the section lacks ak or sk.</summary>
        public AuthenticationType? AuthenticationType { get; }
        public string? Region { get; }
        public string? ProjectId { get; }
        public string? IamEndpoint { get; }
        /// <summary>The service endpoint Connect-HwCloud -ProfileName uses when -EndpointUrl is not given.</summary>
        public string? EndpointUrl { get; }
        /// <summary>The credentials file.</summary>
        public string Path { get; }

        public override string ToString() => "[" + ProfileName + "] " + (MaskedAccessKey ?? "(no ak)") + " in " + Path;

        internal static HwCloudProfile From(string name, IReadOnlyDictionary<string, string> section, string path)
        {
            var ak = Value(section, "ak");
            var complete = ak is not null && Value(section, "sk") is not null;
            AuthenticationType? type = !complete ? null
                : Value(section, "security_token") is null ? Credentials.AuthenticationType.AccessKey : Credentials.AuthenticationType.TemporaryAccessKey;
            return new HwCloudProfile(name, ak is null ? null : CloudCredential.MaskAccessKey(ak), type, Value(section, CredentialsFile.RegionKey),
                Value(section, "project_id"), Value(section, "iam_endpoint"), Value(section, CredentialsFile.EndpointUrlKey), path);
        }

        private static string? Value(IReadOnlyDictionary<string, string> section, string key) =>
            section.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
    }
}
