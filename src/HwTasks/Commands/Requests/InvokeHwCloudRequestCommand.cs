using System;
using System.Collections;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using HwTasks.Core.Auth.Signing;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Errors;
using HwTasks.Core.Http;
using HwTasks.Core.Json;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Requests
{
    /// <summary>Any signed call to a service, for APIs HwTasks has no command for yet.</summary>
    [Cmdlet(VerbsLifecycle.Invoke, "HwCloudRequest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PSObject), typeof(string))]
    public sealed class InvokeHwCloudRequestCommand : ServiceCmdlet
    {
        private const string ProjectPlaceholder = "{project_id}";

        // Headers the pipeline composes and signs; a second copy would break the signature.
        private static readonly System.Collections.Generic.HashSet<string> Reserved = new System.Collections.Generic.HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Authorization", "Content-Type", "Content-Length", "Host", "User-Agent", "X-Auth-Token", "X-Project-Id",
            "X-Sdk-Date", "X-Sdk-Content-Sha256", "X-Security-Token",
        };

        /// <summary>Cdm, Aom, Oms, Kafka, DataArts or Iam: PowerShell binds the name through CloudService.Parse.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ArgumentCompleter(typeof(ServiceNameCompleter))]
        public CloudService Service { get; set; } = null!;

        [Parameter]
        public RequestMethod Method { get; set; } = RequestMethod.GET;

        [Parameter(Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        [Parameter]
        public IDictionary? Query { get; set; }

        [Parameter]
        public IDictionary? Header { get; set; }

        [Parameter]
        public object? Body { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string ContentType { get; set; } = HwCloudRequest.JsonContentType;

        protected override void ProcessRecord()
        {
            var method = new HttpMethod(Method.ToString());
            var request = BuildRequest(method);
            if (method != HttpMethod.Get && method != HttpMethod.Head &&
                !ShouldProcess(Service.DisplayName + " " + Path, "Send " + method.Method))
            {
                return;
            }

            ForItem(Path, null, () =>
            {
                var target = ResolveTarget(Service);
                request.Path = FillProject(request.Path, target);
                var response = Send(target, request);
                if (response.IsEmpty) return;
                if (JsonTree.TryParse(response.Body, out var tree)) WriteObject(JsonToPowerShell.Convert(tree), enumerateCollection: true);
                else WriteObject(response.BodyText);
            });
        }

        private HwCloudRequest BuildRequest(HttpMethod method)
        {
            var request = new HwCloudRequest(Service, "request", method, EncodePath(Path)) { ContentType = ContentType };
            if (Query is not null)
            {
                foreach (DictionaryEntry entry in Query)
                {
                    var name = Checked("Query", Convert.ToString(entry.Key) ?? string.Empty, "name");
                    var value = entry.Value is PSObject ps ? ps.BaseObject : entry.Value;
                    if (value is IEnumerable values && value is not string)
                    {
                        foreach (var item in values) request.AddQuery(name, Checked("Query", QueryText(item), "value of '" + name + "'"));
                    }
                    else
                    {
                        request.AddQuery(name, Checked("Query", QueryText(value), "value of '" + name + "'"));
                    }
                }
            }
            if (Header is not null)
            {
                foreach (DictionaryEntry entry in Header)
                {
                    var name = Convert.ToString(entry.Key) ?? string.Empty;
                    var value = Convert.ToString(entry.Value is PSObject ps ? ps.BaseObject : entry.Value) ?? string.Empty;
                    if (Reserved.Contains(name))
                        ThrowInvalidArgument("Header", "-Header '" + name + "' is set by HwTasks itself" +
                                          (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) ? "; pass -ContentType instead." : "; leave it out."));
                    if (!IsToken(name))
                        ThrowInvalidArgument("Header", "-Header '" + name + "' is not a valid header name (letters, digits and !#$%&'*+-.^_`|~).");
                    if (!IsHeaderValue(value))
                        ThrowInvalidArgument("Header", "-Header '" + name + "' has a value with a character HTTP headers cannot carry " +
                                                       "(only printable ASCII, space and tab); encode it first, e.g. as base64.");
                    request.AddHeader(name, value);
                }
            }
            if (Body is not null)
            {
                var raw = Body is PSObject ps ? ps.BaseObject : Body;
                if (raw is string text)
                {
                    request.SetBody(Encoding.UTF8.GetBytes(Checked("Body", text, "text", allowedControls: "\t\r\n")), ContentType);
                }
                else
                {
                    // Secret-named fields are redacted by the trace itself, whatever the body.
                    object? plain = null;
                    try
                    {
                        plain = PowerShellToJson.ToPlain(Body);
                    }
                    catch (ArgumentException unsendable)
                    {
                        ThrowInvalidArgument("Body", unsendable.Message);
                    }
                    request.SetJsonBody(JsonTree.Serialize(plain), ContentType);
                }
            }
            return request;
        }

        // Each segment is decoded and re-encoded as the signer does, so the wire path is canonical.
        private string EncodePath(string path)
        {
            if (!path.StartsWith("/", StringComparison.Ordinal))
                ThrowInvalidArgument("Path", "-Path must start with '/', e.g. /v1.1/{project_id}/clusters.");
            if (path.IndexOf('?') >= 0 || path.IndexOf('#') >= 0)
                ThrowInvalidArgument("Path", "-Path must not contain '?' or '#'; pass query parameters with -Query @{ name = 'value' }.");
            var segments = path.Split('/');
            for (var i = 0; i < segments.Length; i++)
            {
                var segment = SdkEncoding.Decode(segments[i]);
                if (segment == "." || segment == "..") ThrowInvalidArgument("Path", "-Path must not contain '.' or '..' segments.");
                var problem = UnsafeText.Find(segment);
                if (problem is not null) ThrowInvalidArgument("Path", "-Path contains " + problem + "; it would not be sent as typed.");
                segments[i] = segment == ProjectPlaceholder ? segment : SdkEncoding.Encode(segment);
            }
            return string.Join("/", segments);
        }

        private string FillProject(string path, ServiceTarget target) =>
            path.IndexOf(ProjectPlaceholder, StringComparison.Ordinal) < 0
                ? path
                : path.Replace(ProjectPlaceholder, SdkEncoding.Encode(target.RequireProjectId()));

        private static string QueryText(object? value) => value switch
        {
            null => string.Empty,
            bool b => b ? "true" : "false",
            PSObject ps => QueryText(ps.BaseObject),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        /// <summary>The text, unless it holds what cannot be sent as typed (<see cref="UnsafeText"/>): then the command stops.</summary>
        private string Checked(string parameter, string text, string what, string allowedControls = "")
        {
            var problem = UnsafeText.Find(text, allowedControls);
            if (problem is not null) ThrowInvalidArgument(parameter, "-" + parameter + " " + what + " contains " + problem + "; it would not be sent as typed.");
            return text;
        }

        private static bool IsHeaderValue(string value)
        {
            foreach (var c in value)
            {
                if ((c < ' ' && c != '\t') || c >= 127) return false;
            }
            return true;
        }

        private static bool IsToken(string name)
        {
            if (name.Length == 0) return false;
            foreach (var c in name)
            {
                if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".IndexOf(c) >= 0) return false;
            }
            return true;
        }

    }
}
