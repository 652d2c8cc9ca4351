namespace HwTasks.Core.Errors
{
    /// <summary>What went wrong, in terms the module maps onto PowerShell error categories.</summary>
    public enum HwCloudErrorKind
    {
        /// <summary>The service answered with a status of 400 or more.</summary>
        Service,
        /// <summary>No answer: connection refused or reset, DNS failure, connection dropped mid-response.</summary>
        Connection,
        /// <summary>No answer within -TimeoutSec.</summary>
        Timeout,
        /// <summary>The service answered 2xx with a body HwTasks cannot read (not JSON, truncated, too large).</summary>
        InvalidResponse,
        /// <summary>Missing or unusable credentials, region, endpoint or project: fix the input, then retry.</summary>
        Configuration,
    }
}
