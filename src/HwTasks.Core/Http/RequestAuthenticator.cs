using System;
using System.Collections.Generic;
using System.Security;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Auth.Signing;

namespace HwTasks.Core.Http
{
    /// <summary>Adds credentials to the headers of an outgoing request: an AK/SK signature or an X-Auth-Token.</summary>
    public abstract class RequestAuthenticator
    {
        /// <summary>"AK/SK signature" or "X-Auth-Token": for debug lines.</summary>
        public abstract string Description { get; }

        /// <summary>Returns the complete header list to send, credentials included.</summary>
        internal abstract IReadOnlyList<KeyValuePair<string, string>> Authenticate(string method, Uri uri,
            IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body, DateTimeOffset now);

        public static RequestAuthenticator Signing(AccessKeyCredential credential) => new SigningAuthenticator(credential);

        public static RequestAuthenticator Token(SecureString token) => new TokenAuthenticator(token);

        /// <summary>For the IAM token request itself, whose body is the credential.</summary>
        public static RequestAuthenticator Anonymous { get; } = new AnonymousAuthenticator();

        private sealed class SigningAuthenticator : RequestAuthenticator
        {
            private readonly AccessKeyCredential _credential;

            public SigningAuthenticator(AccessKeyCredential credential) => _credential = credential;

            public override string Description => _credential.SecurityToken is null ? "AK/SK signature" : "AK/SK signature with security token";

            internal override IReadOnlyList<KeyValuePair<string, string>> Authenticate(string method, Uri uri,
                IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body, DateTimeOffset now)
            {
                var input = new SigningInput(method, uri.Authority, uri.AbsolutePath) { Body = body, Timestamp = now };
                foreach (var pair in CanonicalRequest.ParseQuery(uri.Query)) input.Query.Add(pair);
                foreach (var header in headers) input.Headers.Add(header);
                if (_credential.SecurityToken is not null)
                    input.Headers.Add(new KeyValuePair<string, string>("X-Security-Token", SecretText.Reveal(_credential.SecurityToken)));

                var secret = SecretText.Utf8Bytes(_credential.SecretKey);
                try
                {
                    return RequestSigner.Sign(input, _credential.AccessKey, secret).FinalHeaders;
                }
                finally
                {
                    SecretText.Clear(secret);
                }
            }
        }

        private sealed class TokenAuthenticator : RequestAuthenticator
        {
            private readonly SecureString _token;

            public TokenAuthenticator(SecureString token) => _token = token;

            public override string Description => "X-Auth-Token";

            internal override IReadOnlyList<KeyValuePair<string, string>> Authenticate(string method, Uri uri,
                IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body, DateTimeOffset now) =>
                new List<KeyValuePair<string, string>>(headers)
                {
                    new KeyValuePair<string, string>("X-Auth-Token", SecretText.Reveal(_token)),
                };
        }

        private sealed class AnonymousAuthenticator : RequestAuthenticator
        {
            public override string Description => "no credentials (the body carries them)";

            internal override IReadOnlyList<KeyValuePair<string, string>> Authenticate(string method, Uri uri,
                IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body, DateTimeOffset now) => headers;
        }
    }
}
