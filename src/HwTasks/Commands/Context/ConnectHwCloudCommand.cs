using System.Management.Automation;
using HwTasks.Core;
using HwTasks.Internal;

namespace HwTasks.Commands.Context
{
    /// <summary>Sets this session's (runspace's) default context for every HwTasks command.</summary>
    [Cmdlet(VerbsCommunications.Connect, "HwCloud", DefaultParameterSetName = AmbientSet)]
    [OutputType(typeof(HwCloudContext))]
    public sealed class ConnectHwCloudCommand : ContextBuilderCmdlet
    {
        protected override void EndProcessing()
        {
            var context = BuildContext();
            SessionDefaults.Set(context);
            Streams.Verbose("The session default is now " + context + ".");
            WriteObject(context);
        }
    }
}
