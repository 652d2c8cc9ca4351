using System;
using System.Collections.Generic;
using System.Text;

namespace HwTasks.Core.Http
{
    /// <summary>A buffered 2xx response.</summary>
    public sealed class HwCloudResponse
    {
        public HwCloudResponse(int statusCode, string? requestId, string? contentType, byte[] body, IReadOnlyDictionary<string, string> headers)
        {
            StatusCode = statusCode;
            RequestId = requestId;
            ContentType = contentType;
            Body = body;
            Headers = headers;
        }

        public int StatusCode { get; }
        public string? RequestId { get; }
        public string? ContentType { get; }
        public byte[] Body { get; }
        /// <summary>Response headers, names case-insensitive, multiple values joined by ", ".</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        public string BodyText => Body.Length == 0 ? string.Empty : Encoding.UTF8.GetString(Body);

        public bool IsEmpty
        {
            get
            {
                foreach (var b in Body)
                {
                    if (b != (byte)' ' && b != (byte)'\r' && b != (byte)'\n' && b != (byte)'\t') return false;
                }
                return true;
            }
        }

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

        internal static Dictionary<string, string> NewHeaderMap() => new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    }
}
