using System;
using System.Collections.Generic;

namespace HwTasks.Core.Auth.Signing
{
    /// <summary>What the signer needs to know of a request: exactly what will go on the wire.</summary>
    public sealed class SigningInput
    {
        public SigningInput(string method, string host, string path)
        {
            Method = method ?? throw new ArgumentNullException(nameof(method));
            Host = host ?? throw new ArgumentNullException(nameof(host));
            Path = path ?? throw new ArgumentNullException(nameof(path));
        }

        public string Method { get; }
        /// <summary>The Host header as sent: host, plus ":port" when the URL names one.</summary>
        public string Host { get; }
        public string Path { get; }
        /// <summary>Raw (decoded) query pairs; a repeated key appears once per value.</summary>
        public IList<KeyValuePair<string, string>> Query { get; } = new List<KeyValuePair<string, string>>();
        /// <summary>Headers handed to the signer, in order (X-Project-Id / X-Security-Token already added).</summary>
        public IList<KeyValuePair<string, string>> Headers { get; } = new List<KeyValuePair<string, string>>();
        public byte[]? Body { get; set; }
        /// <summary>Used for X-Sdk-Date when the headers do not carry one already.</summary>
        public DateTimeOffset Timestamp { get; set; } = DateTimeOffset.UtcNow;
    }
}
