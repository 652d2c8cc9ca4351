using System;

namespace HwTasks.Core
{
    /// <summary>What a cmdlet invocation says about where to send a call; anything null falls back.</summary>
    public sealed class TargetSettings
    {
        public string? Region { get; set; }
        public string? ProjectId { get; set; }
        public Uri? EndpointUrl { get; set; }
        /// <summary>-Context: wins over the session default.</summary>
        public HwCloudContext? Context { get; set; }
        /// <summary>-ProfileName: a credentials file section, ahead of the session default.</summary>
        public string? ProfileName { get; set; }
        /// <summary>The runspace's default set by Connect-HwCloud.</summary>
        public HwCloudContext? SessionDefault { get; set; }
        /// <summary>
        /// What the caller knows of why no credential may be found (another runspace is connected),
        /// said first in the NoCredentials error.
        /// </summary>
        public string? NoCredentialsHint { get; set; }
    }
}
