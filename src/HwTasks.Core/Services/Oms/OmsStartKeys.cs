using System;
using System.IO;
using System.Security;
using System.Text.Json;
using HwTasks.Core.Auth.Credentials;

namespace HwTasks.Core.Services.Oms
{
    /// <summary>
    /// The keys StartSyncTask needs, held as SecureStrings until the one request body that carries
    /// them. Source keys are omitted for URL-list tasks; the CDN key only when given.
    /// </summary>
    public sealed class OmsStartKeys
    {
        public OmsStartKeys(string destinationAccessKey, SecureString destinationSecretKey)
        {
            DestinationAccessKey = destinationAccessKey ?? throw new ArgumentNullException(nameof(destinationAccessKey));
            DestinationSecretKey = destinationSecretKey ?? throw new ArgumentNullException(nameof(destinationSecretKey));
        }

        public string DestinationAccessKey { get; }
        public SecureString DestinationSecretKey { get; }
        public string? SourceAccessKey { get; private set; }
        public SecureString? SourceSecretKey { get; private set; }
        public SecureString? CdnAuthenticationKey { get; set; }

        /// <summary>Which keys are present, never their values.</summary>
        public override string ToString() =>
            "OMS keys: destination" + (SourceAccessKey is null ? string.Empty : ", source") + (CdnAuthenticationKey is null ? string.Empty : ", CDN");

        public void SetSource(string accessKey, SecureString secretKey)
        {
            SourceAccessKey = accessKey ?? throw new ArgumentNullException(nameof(accessKey));
            SourceSecretKey = secretKey ?? throw new ArgumentNullException(nameof(secretKey));
        }

        /// <summary>
        /// The StartSyncTask body. Written by hand, not through a source-generated DTO like every other
        /// body: a DTO would hold the revealed keys in strings of a long-lived object graph; here each
        /// key is revealed only for the write into the body buffer, which the request owns.
        /// </summary>
        internal byte[] ToJson()
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                if (SourceAccessKey is not null && SourceSecretKey is not null)
                {
                    json.WriteString("src_ak", SourceAccessKey);
                    json.WriteString("src_sk", SecretText.Reveal(SourceSecretKey));
                }
                json.WriteString("dst_ak", DestinationAccessKey);
                json.WriteString("dst_sk", SecretText.Reveal(DestinationSecretKey));
                if (CdnAuthenticationKey is not null) json.WriteString("source_cdn_authentication_key", SecretText.Reveal(CdnAuthenticationKey));
                json.WriteEndObject();
            }
            return buffer.ToArray();
        }
    }
}
