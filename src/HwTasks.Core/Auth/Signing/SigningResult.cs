using System.Collections.Generic;

namespace HwTasks.Core.Auth.Signing
{
    public sealed class SigningResult
    {
        private readonly SigningInput _input;
        private readonly List<KeyValuePair<string, string>> _headers;
        private readonly int _signedCount;
        private readonly string _date;
        private readonly byte[] _canonicalHash;

        internal SigningResult(SigningInput input, List<KeyValuePair<string, string>> headers, int signedCount, string date, byte[] canonicalHash,
            string signature, string authorization)
        {
            _input = input;
            _headers = headers;
            _signedCount = signedCount;
            _date = date;
            _canonicalHash = canonicalHash;
            Signature = signature;
            Authorization = authorization;
        }

        /// <summary>
        /// The canonical request's parts, for tests and the verifier's vectors: a request needs only
        /// the headers, so they are built again from the same input (the headers before Authorization) when read.
        /// </summary>
        public CanonicalRequest Canonical =>
            CanonicalRequest.Create(_input.Method, _input.Path, _input.Query, _headers.GetRange(0, _signedCount), _input.Body);

        public string StringToSign => RequestSigner.StringToSign(_date, _canonicalHash);
        public string Signature { get; }
        public string Authorization { get; }
        /// <summary>The input headers plus Host, X-Sdk-Date, X-Sdk-Content-Sha256 (when needed) and Authorization.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> FinalHeaders => _headers;
    }
}
