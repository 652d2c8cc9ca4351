using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Security;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Auth.Signing;

namespace HwTasks.Core.Http
{
    /// <summary>Puts credentials on an outgoing request: an AK/SK signature or an X-Auth-Token.</summary>
    public abstract class RequestAuthenticator
    {
        /// <summary>"AK/SK signature" or "X-Auth-Token": for debug lines.</summary>
        public abstract string Description { get; }

        internal abstract void Apply(HttpRequestMessage message, byte[]? body, DateTimeOffset now);

        public static RequestAuthenticator Signing(AccessKeyCredential credential) => new SigningAuthenticator(credential);

        public static RequestAuthenticator Token(SecureString token) => new TokenAuthenticator(token);

        /// <summary>For the IAM token request itself, whose body is the credential.</summary>
        public static RequestAuthenticator Anonymous { get; } = new AnonymousAuthenticator();

        private sealed class SigningAuthenticator : RequestAuthenticator
        {
            private readonly AccessKeyCredential _credential;

            public SigningAuthenticator(AccessKeyCredential credential) => _credential = credential;

            public override string Description => _credential.SecurityToken is null ? "AK/SK signature" : "AK/SK signature with security token";

            internal override void Apply(HttpRequestMessage message, byte[]? body, DateTimeOffset now)
            {
                var uri = message.RequestUri!;
                message.Headers.Remove("X-Security-Token");
                if (_credential.SecurityToken is not null)
                    message.Headers.TryAddWithoutValidation("X-Security-Token", SecretText.Reveal(_credential.SecurityToken));
                message.Headers.Remove(RequestSigner.DateHeader);
                message.Headers.TryAddWithoutValidation(RequestSigner.DateHeader, RequestSigner.FormatDate(now));
                message.Headers.Host = uri.Authority;

                var input = new SigningInput(message.Method.Method, uri.Authority, uri.AbsolutePath) { Body = body, Timestamp = now };
                foreach (var pair in CanonicalRequest.ParseQuery(uri.Query)) input.Query.Add(pair);
                foreach (var header in SignableHeaders(message)) input.Headers.Add(header);

                var secret = SecretText.Utf8Bytes(_credential.SecretKey);
                try
                {
                    var result = RequestSigner.Sign(input, _credential.AccessKey, secret);
                    message.Headers.Remove(CanonicalRequest.ContentSha256Header);
                    foreach (var header in result.FinalHeaders.Where(h => h.Key == CanonicalRequest.ContentSha256Header))
                        message.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    message.Headers.Remove("Authorization");
                    message.Headers.TryAddWithoutValidation("Authorization", result.Authorization);
                }
                finally
                {
                    SecretText.Clear(secret);
                }
            }

            // Every header we set ourselves. Content-Length is left out: the transport computes it and
            // the gateway does not require it to be signed.
            private static IEnumerable<KeyValuePair<string, string>> SignableHeaders(HttpRequestMessage message)
            {
                foreach (var header in message.Headers)
                {
                    if (string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase)) continue;
                    yield return new KeyValuePair<string, string>(header.Key, string.Join(", ", header.Value));
                }
                if (message.Content is null) yield break;
                foreach (var header in message.Content.Headers)
                {
                    if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
                    yield return new KeyValuePair<string, string>(header.Key, string.Join(", ", header.Value));
                }
            }
        }

        private sealed class TokenAuthenticator : RequestAuthenticator
        {
            private readonly SecureString _token;

            public TokenAuthenticator(SecureString token) => _token = token;

            public override string Description => "X-Auth-Token";

            internal override void Apply(HttpRequestMessage message, byte[]? body, DateTimeOffset now)
            {
                message.Headers.Remove("X-Auth-Token");
                message.Headers.TryAddWithoutValidation("X-Auth-Token", SecretText.Reveal(_token));
            }
        }

        private sealed class AnonymousAuthenticator : RequestAuthenticator
        {
            public override string Description => "no credentials (the body carries them)";

            internal override void Apply(HttpRequestMessage message, byte[]? body, DateTimeOffset now)
            {
            }
        }
    }
}
