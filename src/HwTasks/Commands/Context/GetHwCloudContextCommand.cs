using System.Management.Automation;
using HwTasks.Core;
using HwTasks.Core.Errors;
using HwTasks.Internal;

namespace HwTasks.Commands.Context
{
    /// <summary>Shows the context commands use now: the session default, else the one the environment or credentials file gives.</summary>
    [Cmdlet(VerbsCommon.Get, "HwCloudContext")]
    [OutputType(typeof(HwCloudContext))]
    public sealed class GetHwCloudContextCommand : HwCloudCmdlet
    {
        protected override void EndProcessing()
        {
            var session = SessionDefaults.Get();
            if (session is not null)
            {
                WriteObject(session);
                return;
            }
            try
            {
                var (context, source) = SharedResolver.Instance.ResolveContext(new TargetSettings(), Streams.Warning);
                Streams.Verbose("No session default is set (Connect-HwCloud); commands would use " + source + ".");
                WriteObject(context);
            }
            catch (HwCloudException failure) when (failure.ErrorId == "NoCredentials")
            {
                Streams.Verbose("No context: run Connect-HwCloud, or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.");
            }
            catch (HwCloudException failure)
            {
                WriteFailure(failure, null);
            }
        }
    }
}
