namespace HwTasks.Core.Auth.Credentials
{
    public enum AuthenticationType
    {
        /// <summary>Permanent AK/SK: every request is signed.</summary>
        AccessKey,
        /// <summary>Temporary AK/SK with a security token sent in the signed X-Security-Token header.</summary>
        TemporaryAccessKey,
        /// <summary>An IAM token given directly, sent as X-Auth-Token.</summary>
        Token,
        /// <summary>An IAM user's password, exchanged for a token that is cached until shortly before it expires.</summary>
        Password,
    }
}
