using System;
using System.Security;

namespace HwTasks.Core.Services.Iam
{
    /// <summary>A token obtained from IAM; the value stays a SecureString until the X-Auth-Token header.</summary>
    public sealed class IamToken
    {
        public IamToken(SecureString value, DateTimeOffset expiresAt, string? projectId)
        {
            Value = value;
            ExpiresAt = expiresAt;
            ProjectId = projectId;
        }

        public SecureString Value { get; }
        public DateTimeOffset ExpiresAt { get; }
        public string? ProjectId { get; }

        public override string ToString() => "IAM token expiring " + ExpiresAt.ToString("u");
    }
}
