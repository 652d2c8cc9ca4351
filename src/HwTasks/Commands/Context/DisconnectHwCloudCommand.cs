using System.Management.Automation;
using HwTasks.Core;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Core.Errors;
using HwTasks.Internal;

namespace HwTasks.Commands.Context
{
    /// <summary>
    /// Clears this session's (runspace's) default and forgets the IAM tokens and project ids cached
    /// for its credential. Other runspaces, and other credentials, keep theirs. Says what the next
    /// command will use instead, since that is where an unattended script's credentials now come from.
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
            }
            else
            {
                TargetResolver.Forget(session.Credential);
                Streams.Verbose("The session default context is cleared; the IAM tokens and project ids cached for " + session.Identity + " are forgotten.");
            }
            Streams.Verbose(FallBack());
        }

        private string FallBack()
        {
            const string next = "The next command without -Context or -ProfileName ";
            var ambient = new AmbientCredentials();
            try
            {
                var found = ambient.Find();
                if (found is null)
                {
                    var path = ambient.CredentialsFilePath;
                    return next + "finds no credentials: none of HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK or CLOUD_SDK_AK/CLOUD_SDK_SK is set, and '" +
                           path + (System.IO.File.Exists(path) ? "' has no [basic] section" : "' does not exist") + ". It stops with NoCredentials." +
                           (ProfileHint.ForNoCredentials() is { } hint ? " " + hint : string.Empty);
                }
                if (found.Warning is not null) Streams.Warning(found.Warning);
                return next + "will use " + found.Credential.Identity + " from " + found.Source + ".";
            }
            catch (HwCloudException failure)
            {
                return next + "stops with " + failure.ErrorId + ": " + failure.Message;
            }
        }
    }
}
