using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HwTasks.Core;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;
using HwTasks.Internal;

namespace HwTasks.Commands.Context
{
    /// <summary>
    /// Shows the context commands use now: the session default, else the one the environment or
    /// credentials file gives. With -ListAvailable, every context there is to choose from.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "HwCloudContext")]
    [OutputType(typeof(HwCloudContext))]
    public sealed class GetHwCloudContextCommand : HwCloudCmdlet
    {
        /// <summary>The session default, the environment's context and each profile's, in that order.</summary>
        [Parameter]
        public SwitchParameter ListAvailable { get; set; }

        protected override void EndProcessing()
        {
            if (ListAvailable)
            {
                WriteAvailable();
                return;
            }
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

        // An incomplete source (an AK without SK, a section without sk) is a warning: the others are still worth listing.
        private void WriteAvailable()
        {
            var session = SessionDefaults.Get();
            if (session is not null) WriteObject(session);
            var ambient = new AmbientCredentials();
            WriteFound(ambient.FindInEnvironment);
            foreach (var name in ProfileNames(ambient)) WriteFound(() => ambient.FindProfile(name));
        }

        private IEnumerable<string> ProfileNames(AmbientCredentials ambient)
        {
            try
            {
                return CredentialsFile.TryLoad(ambient.CredentialsFilePath)?.SectionNames.ToList() ?? new List<string>();
            }
            catch (HwCloudException failure)
            {
                Streams.Warning(failure.Message);
                return new List<string>();
            }
        }

        private void WriteFound(Func<AmbientResult?> find)
        {
            try
            {
                var found = find();
                if (found is null) return;
                if (found.Warning is not null) Streams.Warning(found.Warning);
                WriteObject(HwCloudContext.From(found));
            }
            catch (HwCloudException failure)
            {
                Streams.Warning(failure.Message);
            }
        }
    }
}
