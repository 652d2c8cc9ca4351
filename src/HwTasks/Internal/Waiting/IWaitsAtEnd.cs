using System.Management.Automation;

namespace HwTasks.Internal.Waiting
{
    /// <summary>
    /// A command with -Wait: what its items started or stopped is waited on together, with one
    /// progress display, once every item's calls are done (ServiceCmdlet.EndProcessing).
    /// </summary>
    internal interface IWaitsAtEnd
    {
        SwitchParameter Wait { get; }

        double PollIntervalSec { get; }

        double WaitTimeoutSec { get; }
    }
}
