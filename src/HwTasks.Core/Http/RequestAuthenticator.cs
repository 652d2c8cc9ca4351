using System;
using System.Collections.Generic;
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

        /// <summary>Returns the complete header list to send for this attempt, credentials included.</summary>
        internal abstract Task<IReadOnlyList<KeyValuePair<string, string>>> AuthenticateAsync(CallState state, Uri uri,
            IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken);

        /// <summary>
        /// The service answered the attempt with 401. True when other credentials can be had for the
        /// next attempt (a renewed IAM token); a signature or a token the user gave cannot be renewed.
        /// </summary>
        internal virtual bool Refused(CallState state) => false;

        public static RequestAuthenticator Signing(AccessKeyCredential credential) => new SigningAuthenticator(credential);

        public static RequestAuthenticator Token(TokenSource source) => new TokenAuthenticator(source);

        /// <summary>For the IAM token request itself, whose body is the credential.</summary>
        public static RequestAuthenticator Anonymous { get; } = new AnonymousAuthenticator();

        private sealed class SigningAuthenticator : RequestAuthenticator
        {
            private readonly AccessKeyCredential _credential;

            public SigningAuthenticator(AccessKeyCredential credential) => _credential = credential;

            public override string Description => _credential.SecurityToken is null ? "AK/SK signature" : "AK/SK signature with security token";

            internal override Task<IReadOnlyList<KeyValuePair<string, string>>> AuthenticateAsync(CallState state, Uri uri,
                IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
            {
                var input = new SigningInput(state.Request.Method.Method, uri.Authority, uri.AbsolutePath)
                {
                    Body = state.Request.Body,
                    Timestamp = DateTimeOffset.UtcNow,
                };
                foreach (var pair in CanonicalRequest.ParseQuery(uri.Query)) input.Query.Add(pair);
                foreach (var header in headers) input.Headers.Add(header);
                if (_credential.SecurityToken is not null)
                    input.Headers.Add(new KeyValuePair<string, string>("X-Security-Token", SecretText.Reveal(_credential.SecurityToken)));

                var secret = SecretText.Utf8Bytes(_credential.SecretKey);
                try
                {
                    return Task.FromResult(RequestSigner.Sign(input, _credential.AccessKey, secret).FinalHeaders);
                }
                finally
                {
                    SecretText.Clear(secret);
                }
            }
        }

        private sealed class TokenAuthenticator : RequestAuthenticator
        {
            private readonly TokenSource _source;

            public TokenAuthenticator(TokenSource source) => _source = source;

            public override string Description => "X-Auth-Token (" + _source.Description + ")";

            internal override async Task<IReadOnlyList<KeyValuePair<string, string>>> AuthenticateAsync(CallState state, Uri uri,
                IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken)
            {
                var token = await _source.GetAsync(state.Options, cancellationToken).ConfigureAwait(false);
                state.Token = token;
                return new List<KeyValuePair<string, string>>(headers) { new KeyValuePair<string, string>("X-Auth-Token", SecretText.Reveal(token.Value)) };
            }

            internal override bool Refused(CallState state) => state.Token is not null && _source.Refused(state.Token);
        }

        private sealed class AnonymousAuthenticator : RequestAuthenticator
        {
            public override string Description => "no credentials (the body carries them)";

            internal override Task<IReadOnlyList<KeyValuePair<string, string>>> AuthenticateAsync(CallState state, Uri uri,
                IReadOnlyList<KeyValuePair<string, string>> headers, CancellationToken cancellationToken) => Task.FromResult(headers);
        }
    }
}
