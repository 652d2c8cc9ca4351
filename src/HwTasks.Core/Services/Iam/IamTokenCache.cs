using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Http;

namespace HwTasks.Core.Services.Iam
{
    /// <summary>
    /// Tokens for password credentials, one per user, IAM endpoint and region, reused until shortly
    /// before they expire (they live 24 hours).
    /// </summary>
    public static class IamTokenCache
    {
        public static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(15);

        private static readonly ConcurrentDictionary<string, IamToken> Tokens = new ConcurrentDictionary<string, IamToken>();

        public static async Task<IamToken> GetAsync(IamClient iam, Uri iamBase, PasswordCredential credential, string region,
            CallOptions options, CancellationToken cancellationToken)
        {
            var key = credential.CacheKey + "|" + iamBase + "|" + region;
            if (Tokens.TryGetValue(key, out var cached) && cached.ExpiresAt - DateTimeOffset.UtcNow > RenewBeforeExpiry)
            {
                options.Trace?.Debug("Using the cached IAM token for " + credential.Identity + " (expires " + cached.ExpiresAt.ToString("u") + ").");
                return cached;
            }
            options.Trace?.Verbose("Requesting an IAM token for " + credential.Identity + " in " + region + ".");
            var token = await iam.CreateTokenAsync(iamBase, credential, region, options, cancellationToken).ConfigureAwait(false);
            Tokens[key] = token;
            return token;
        }

        /// <summary>Forgets every cached token (Disconnect-HwCloud).</summary>
        public static void Clear() => Tokens.Clear();
    }
}
