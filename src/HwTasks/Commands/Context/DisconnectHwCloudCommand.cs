using System.Management.Automation;
using HwTasks.Core;
using HwTasks.Internal;

namespace HwTasks.Commands.Context
{
    /// <summary>
    /// Clears this session's (runspace's) default and forgets the IAM tokens and project ids cached
    /// for its credential. Other runspaces, and other credentials, keep theirs.
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "HwCloud")]
    [OutputType(typeof(void))]
    public sealed class DisconnectHwCloudCommand : HwCloudCmdlet
    {
        protected override void EndProcessing()
        {
            var session = SessionDefaults.Get();
            SessionDefaults.Set(null);
            if (session is null)
            {
                Streams.Verbose("No session default was set.");
                return;
            }
            TargetResolver.Forget(session.Credential);
            Streams.Verbose("The session default context is cleared; the IAM tokens and project ids cached for " + session.Identity + " are forgotten.");
        }
    }
}
