using System.Management.Automation;
using HwTasks.Core;
using HwTasks.Internal;

namespace HwTasks.Commands.Context
{
    /// <summary>Clears the session default and forgets cached IAM tokens and project ids.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "HwCloud")]
    [OutputType(typeof(void))]
    public sealed class DisconnectHwCloudCommand : HwCloudCmdlet
    {
        protected override void EndProcessing()
        {
            SessionDefaults.Set(null);
            TargetResolver.ClearCaches();
            Streams.Verbose("The session default context is cleared; cached IAM tokens and project ids are forgotten.");
        }
    }
}
