using System.Management.Automation;
using HwTasks.Core;

namespace HwTasks.Commands.Context
{
    /// <summary>Builds a context to pass with -Context, without changing the session default.</summary>
    [Cmdlet(VerbsCommon.New, "HwCloudContext", DefaultParameterSetName = AmbientSet)]
    [OutputType(typeof(HwCloudContext))]
    public sealed class NewHwCloudContextCommand : ContextBuilderCmdlet
    {
        protected override void EndProcessing() => WriteObject(BuildContext());
    }
}
