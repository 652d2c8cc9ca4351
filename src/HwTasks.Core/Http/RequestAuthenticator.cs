using System;
using System.Collections.Generic;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
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
        internal virtual Task<IReadOnlyList<KeyValuePair<string, string>>> AuthenticateAsync(string method, Uri uri,
            IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body, CallOptions options, CancellationToken cancellationToken) =>
            Task.FromResult(Authenticate(method, uri, headers, body, DateTimeOffset.UtcNow));

        internal abstract IReadOnlyList<KeyValuePair<string, string>> Authenticate(string method, Uri uri,
            IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body, DateTimeOffset now);

        public static RequestAuthenticator Signing(AccessKeyCredential credential) => new SigningAuthenticator(credential);

        public static RequestAuthenticator Token(SecureString token) => new TokenAuthenticator(token);

        /// <summary>
        /// An IAM user's token, taken from <see cref="IamTokenCache"/> on every attempt, so a wait
        /// longer than the token's life renews it instead of failing with 401.
        /// </summary>
        public static RequestAuthenticator Password(Services.Iam.IamClient iam, Uri iamBase, PasswordCredential credential, string region) =>
            new PasswordAuthenticator(iam, iamBase, credential, region);

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

        private sealed class PasswordAuthenticator : RequestAuthenticator
        {
            private readonly Services.Iam.IamClient _iam;
            private readonly Uri _iamBase;
            private readonly PasswordCredential _credential;
            private readonly string _region;

            public PasswordAuthenticator(Services.Iam.IamClient iam, Uri iamBase, PasswordCredential credential, string region)
            {
                _iam = iam;
                _iamBase = iamBase;
                _credential = credential;
                _region = region;
            }

            public override string Description => "X-Auth-Token for " + _credential.Identity;

            internal override async Task<IReadOnlyList<KeyValuePair<string, string>>> AuthenticateAsync(string method, Uri uri,
                IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body, CallOptions options, CancellationToken cancellationToken)
            {
                var token = await Services.Iam.IamTokenCache.GetAsync(_iam, _iamBase, _credential, _region, options, cancellationToken).ConfigureAwait(false);
                return new List<KeyValuePair<string, string>>(headers) { new KeyValuePair<string, string>("X-Auth-Token", SecretText.Reveal(token.Value)) };
            }

            internal override IReadOnlyList<KeyValuePair<string, string>> Authenticate(string method, Uri uri,
                IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body, DateTimeOffset now) =>
                throw new NotSupportedException("A password credential authenticates asynchronously.");
        }

        private sealed class AnonymousAuthenticator : RequestAuthenticator
        {
            public override string Description => "no credentials (the body carries them)";

            internal override IReadOnlyList<KeyValuePair<string, string>> Authenticate(string method, Uri uri,
                IReadOnlyList<KeyValuePair<string, string>> headers, byte[]? body, DateTimeOffset now) => headers;
        }
    }
}
