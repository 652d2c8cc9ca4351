using System.Management.Automation;
using HwTasks.Core;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Context
{
    /// <summary>Sets this session's (runspace's) default context for every HwTasks command.</summary>
    [Cmdlet(VerbsCommunications.Connect, "HwCloud", DefaultParameterSetName = AmbientSet)]
    [OutputType(typeof(HwCloudContext))]
    public sealed class ConnectHwCloudCommand : ContextBuilderCmdlet
    {
        private const string ContextSet = "Context";

        /// <summary>A context made before (New-HwCloudContext, Get-HwCloudContext), as Az's Set-AzContext takes one.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ContextSet)]
        [ValidateNotNull]
        [RehydrateContext]
        public HwCloudContext? Context { get; set; }

        protected override void EndProcessing()
        {
            var context = ParameterSetName == ContextSet ? Given(Context!) : BuildContext();
            SessionDefaults.Set(context);
            Streams.Verbose("The session default is now " + context + ".");
            WriteObject(context);
        }

        // A context already holds its defaults; changing them is New-HwCloudContext's (or each command's -Region) job.
        private HwCloudContext Given(HwCloudContext context)
        {
            foreach (var parameter in new[] { "Region", "ProjectId", "EndpointUrl" })
            {
                if (MyInvocation.BoundParameters.ContainsKey(parameter))
                    ThrowInvalidArgument(parameter, "-" + parameter + " cannot be combined with -Context, whose defaults are set already: " +
                        "pass it to New-HwCloudContext when making the context, or to each command.");
            }
            return context;
        }
    }
}
