using System;
using System.Security;

namespace HwTasks.Core.Http
{
    /// <summary>An X-Auth-Token; the value stays a SecureString until the header is written.</summary>
    public sealed class AuthToken
    {
        /// <summary>The longest a token is renewed before it expires; short-lived tokens renew at half their life.</summary>
        public static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(15);

        /// <param name="lifetime">How long the issuer says it lives; with <paramref name="receivedAt"/> it gives
        /// the expiry on this machine's clock, whatever the issuer's clock says.</param>
        internal AuthToken(SecureString value, DateTimeOffset receivedAt, TimeSpan? lifetime, string? projectId)
        {
            Value = value;
            ProjectId = projectId;
            if (lifetime.HasValue)
            {
                ExpiresAt = receivedAt + lifetime.Value;
                var margin = TimeSpan.FromTicks(Math.Min(RenewBeforeExpiry.Ticks, lifetime.Value.Ticks / 2));
                RenewAt = ExpiresAt.Value - margin;
            }
        }

        internal SecureString Value { get; }

        /// <summary>When it expires on this machine's clock; null for a token whose life is unknown.</summary>
        public DateTimeOffset? ExpiresAt { get; }

        /// <summary>The project the token is scoped to, when the issuer said.</summary>
        public string? ProjectId { get; }

        /// <summary>From then on a new token is fetched instead (never for a token of unknown life).</summary>
        internal DateTimeOffset? RenewAt { get; }

        internal bool IsFresh(DateTimeOffset now) => RenewAt is null || now < RenewAt.Value;

        public override string ToString() => ExpiresAt.HasValue ? "IAM token expiring " + ExpiresAt.Value.ToString("u") : "IAM token";
    }
}
