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
        /// <summary>The runspace's default set by Connect-HwCloud.</summary>
        public HwCloudContext? SessionDefault { get; set; }
    }
}
