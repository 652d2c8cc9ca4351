using System;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// Reads a profile's endpoint_url as -EndpointUrl would accept it: an absolute http(s) address without
    /// user information, so a hand-edited file cannot slip credentials or a relative path into requests.
    /// </summary>
    internal static class ProfileEndpoint
    {
        public static Uri? Parse(string? value, string path, string profile)
        {
            if (value is null) return null;
            if (Uri.TryCreate(value, UriKind.Absolute, out var url)
                && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                && url.UserInfo.Length == 0)
            {
                return url;
            }
            // The value is not echoed: a URL with user information may hold a password.
            throw HwCloudException.Configuration("InvalidProfileValue",
                "The " + CredentialsFile.EndpointUrlKey + " of section [" + profile + "] of '" + path
                + "' is not an absolute http or https address without user information. Fix it, or save the profile again with Save-HwCloudProfile -EndpointUrl.");
        }
    }
}
