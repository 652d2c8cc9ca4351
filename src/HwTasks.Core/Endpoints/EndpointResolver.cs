using System;
using System.Linq;
using HwTasks.Core.Errors;

namespace HwTasks.Core.Endpoints
{
    /// <summary>
    /// Picks the base URL of a service: an explicit -EndpointUrl (one base for every service, e.g. the
    /// emulator), then HUAWEICLOUD_SDK_REGION_&lt;SVC&gt;_&lt;REGION&gt;, then the public endpoint table.
    /// </summary>
    public sealed class EndpointResolver
    {
        private readonly Func<string, string?> _environment;

        public EndpointResolver(Func<string, string?>? environment = null)
        {
            _environment = environment ?? Environment.GetEnvironmentVariable;
        }

        /// <param name="serviceEndpoint">The service's own endpoint setting from the context (a credentials file's iam_endpoint).</param>
        public ResolvedEndpoint Resolve(CloudService service, string region, string? endpointUrl = null, string? serviceEndpoint = null)
        {
            if (!string.IsNullOrWhiteSpace(endpointUrl))
            {
                EnsureServed(service, region);
                return new ResolvedEndpoint(ParseBase(endpointUrl!, "-EndpointUrl"), "the -EndpointUrl parameter or context");
            }

            var variable = OverrideVariable(service, region);
            var fromEnvironment = _environment(variable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                // An explicit per-region override is how the SDKs reach regions the table does not know yet.
                return new ResolvedEndpoint(ParseBase(fromEnvironment!, variable), "the " + variable + " environment variable");
            }

            if (service.EndpointVariable is { } setting)
            {
                var configured = !string.IsNullOrWhiteSpace(serviceEndpoint) ? serviceEndpoint : _environment(setting);
                if (!string.IsNullOrWhiteSpace(configured))
                    return new ResolvedEndpoint(ParseBase(configured!, setting), "the " + service.DisplayName + " endpoint setting");
            }

            EnsureServed(service, region);
            return new ResolvedEndpoint(new Uri("https://" + service.HostPrefix + "." + region + "." + service.DomainIn(region)), "the public endpoint table");
        }

        public static string OverrideVariable(CloudService service, string region) =>
            "HUAWEICLOUD_SDK_REGION_" + service.OverrideName + "_" + region.ToUpperInvariant().Replace('-', '_');

        private static void EnsureServed(CloudService service, string region)
        {
            if (service.Serves(region)) return;
            throw HwCloudException.Configuration("RegionNotSupported",
                service.DisplayName + " is not offered in region '" + region + "'. Regions it serves: " +
                string.Join(", ", service.Regions) + ". Pass -Region with one of them, or set " +
                OverrideVariable(service, region) + " to an endpoint URL.");
        }

        /// <summary>
        /// Why a URL cannot be a base that every service path is appended to, or null when it can: it
        /// must be absolute http(s), without query or fragment, and without user information — a
        /// "user:password@" would be a secret in every message, trace and context that shows the URL.
        /// </summary>
        public static string? Problem(Uri uri)
        {
            if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                return "is not an absolute http or https URL";
            if (!string.IsNullOrEmpty(uri.UserInfo))
                return "carries a user name or password before the host; credentials never go in a URL (pass them with -Credential, -SecretKey or -Password)";
            if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)) return "has a query or fragment";
            return null;
        }

        /// <summary>The URL as an error may show it: without user information.</summary>
        public static string Shown(Uri uri) => uri.IsAbsoluteUri ? Http.UrlRedaction.Origin(uri) + uri.PathAndQuery : "(a relative URL)";

        private static Uri ParseBase(string value, string source)
        {
            var text = value.Trim();
            if (text.IndexOf("://", StringComparison.Ordinal) < 0) text = "https://" + text; // as the SDKs do
            var problem = Uri.TryCreate(text, UriKind.Absolute, out var uri) ? Problem(uri) : "is not an absolute http or https URL";
            if (problem is not null)
            {
                // The value is not repeated: it may be the secret the problem is about.
                throw HwCloudException.Configuration("InvalidEndpointUrl",
                    "The endpoint from " + source + " " + problem + ". Use a form like https://cdm.example.internal or http://127.0.0.1:5080.");
            }
            return uri!;
        }
    }

    public sealed class ResolvedEndpoint
    {
        public ResolvedEndpoint(Uri baseUri, string source)
        {
            BaseUri = baseUri;
            Source = source;
        }

        public Uri BaseUri { get; }
        /// <summary>Where the endpoint came from, for debug lines.</summary>
        public string Source { get; }
    }
}
