using System.Collections.Generic;

namespace HwTasks.Core.Auth.Signing
{
    public sealed class SigningResult
    {
        internal SigningResult(CanonicalRequest canonical, string stringToSign, string signature, string authorization,
            IReadOnlyList<KeyValuePair<string, string>> finalHeaders)
        {
            Canonical = canonical;
            StringToSign = stringToSign;
            Signature = signature;
            Authorization = authorization;
            FinalHeaders = finalHeaders;
        }

        public CanonicalRequest Canonical { get; }
        public string StringToSign { get; }
        public string Signature { get; }
        public string Authorization { get; }
        /// <summary>The input headers plus Host, X-Sdk-Date, X-Sdk-Content-Sha256 (when needed) and Authorization.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> FinalHeaders { get; }
    }
}
