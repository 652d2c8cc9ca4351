using System;
using System.Net.Http;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// Per-call settings carried on the HttpRequestMessage, so the process-wide handlers stay
    /// stateless and one pipeline serves every runspace and credential at once.
    /// </summary>
    internal sealed class CallState
    {
        private const string Key = "HwTasks.CallState";

        public CallState(ServiceTarget target, HwCloudRequest request, CallOptions options)
        {
            Target = target;
            Request = request;
            Options = options;
        }

        public ServiceTarget Target { get; }
        public HwCloudRequest Request { get; }
        public CallOptions Options { get; }
        public string ServiceName => Request.Service.DisplayName;
        /// <summary>The headers of the current attempt exactly as sent (credentials included; traces redact them).</summary>
        public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> WireHeaders { get; set; } =
            System.Array.Empty<System.Collections.Generic.KeyValuePair<string, string>>();
        /// <summary>The buffered body of the current attempt's response, read once by the buffer handler.</summary>
        public byte[] ResponseBody { get; set; } = System.Array.Empty<byte>();
        /// <summary>The status of the current attempt's response once its headers arrived (null before): the server did answer.</summary>
        public int? AnsweredStatus { get; set; }
        /// <summary>The X-Request-Id of the current attempt's response, once its headers arrived.</summary>
        public string? AnsweredRequestId { get; set; }
        /// <summary>The X-Auth-Token the current attempt carries, when it carries one.</summary>
        public AuthToken? Token { get; set; }
        /// <summary>1 for the first attempt.</summary>
        public int Attempt { get; set; }

#pragma warning disable CS0618 // Properties is the netstandard2.0 way; Options does not exist there.
        public void AttachTo(HttpRequestMessage message) => message.Properties[Key] = this;

        public static CallState Of(HttpRequestMessage message) =>
            message.Properties.TryGetValue(Key, out var value) && value is CallState state
                ? state
                : throw new InvalidOperationException("The HwTasks pipeline got a request without call state.");
#pragma warning restore CS0618
    }
}
