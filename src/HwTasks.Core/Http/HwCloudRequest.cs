using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using HwTasks.Core.Auth.Signing;
using HwTasks.Core.Endpoints;

namespace HwTasks.Core.Http
{
    /// <summary>One API call as the service client describes it, before auth and transport.</summary>
    public sealed class HwCloudRequest
    {
        public const string JsonContentType = "application/json";
        public const string JsonUtf8ContentType = "application/json;charset=UTF-8";

        public HwCloudRequest(CloudService service, string operation, HttpMethod method, string path)
        {
            Service = service;
            Operation = operation ?? throw new ArgumentNullException(nameof(operation));
            Method = method ?? throw new ArgumentNullException(nameof(method));
            Path = path ?? throw new ArgumentNullException(nameof(path));
            IsIdempotent = method == HttpMethod.Get || method == HttpMethod.Head;
            SendsProjectHeader = service.IsRegional;
        }

        public CloudService Service { get; }
        /// <summary>The API operation name used in messages ("StartJob").</summary>
        public string Operation { get; }
        public HttpMethod Method { get; }
        /// <summary>The wire path, each segment already encoded (see <see cref="FormatPath"/>).</summary>
        public string Path { get; set; }
        public IList<KeyValuePair<string, string>> Query { get; } = new List<KeyValuePair<string, string>>();
        public IList<KeyValuePair<string, string>> Headers { get; } = new List<KeyValuePair<string, string>>();
        public byte[]? Body { get; private set; }
        public string? ContentType { get; set; } = JsonContentType;

        /// <summary>
        /// True when sending the request twice has the same effect as once. Only such requests are
        /// retried after a failure that the server may have acted on (5xx, timeout, dropped connection).
        /// </summary>
        public bool IsIdempotent { get; set; }

        /// <summary>The body holds credentials (OMS keys, an IAM password): traces print it as REDACTED.</summary>
        public bool BodyCarriesSecrets { get; set; }

        /// <summary>Regional services get X-Project-Id; IAM calls do not.</summary>
        public bool SendsProjectHeader { get; set; }

        /// <summary>A 2xx body that is not JSON by design (AOM answers <c>{"success"}</c>).</summary>
        public bool ExpectsTextResponse { get; set; }

        /// <summary>
        /// Set by the pipeline when an attempt was answered 429 and the request was sent again. A 429
        /// can come after the service acted (a throttling proxy behind it), so a start that was retried
        /// this way and then refused as "already running" may be our own first attempt's doing.
        /// </summary>
        public bool ResentAfterThrottling { get; internal set; }

        /// <summary>Why the pipeline stopped retrying early, for the error's message (a Retry-After beyond the limits).</summary>
        internal string? GaveUpBecause { get; set; }

        public void AddQuery(string name, string value) => Query.Add(new KeyValuePair<string, string>(name, value));

        public void AddHeader(string name, string value) => Headers.Add(new KeyValuePair<string, string>(name, value));

        public void SetBody(byte[] body, string contentType)
        {
            Body = body ?? throw new ArgumentNullException(nameof(body));
            ContentType = contentType;
        }

        public void SetJsonBody(string json, string contentType = JsonContentType) => SetBody(Encoding.UTF8.GetBytes(json), contentType);

        /// <summary>
        /// Fills a path template such as "/v1.1/{0}/clusters/{1}" with values encoded as single path
        /// segments, so an id can never add a segment or climb out of the path ('..').
        /// </summary>
        public static string FormatPath(string template, params string[] values)
        {
            var encoded = new object[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                if (string.IsNullOrEmpty(value) || value == "." || value == "..")
                    throw new ArgumentException("A path value must not be empty, '.' or '..'.", nameof(values));
                encoded[i] = SdkEncoding.Encode(value);
            }
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, template, encoded);
        }
    }
}
