using System.Management.Automation;
using System.Security;
using HwTasks.Core.Services.Oms;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Oms
{
    /// <summary>
    /// Restarts a stopped OMS sync task (StartSyncTask). The source and destination keys come only from
    /// PSCredential objects and go only into the one request body that needs them.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "OmsSyncTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(OmsSyncTask))]
    public sealed class StartOmsSyncTaskCommand : OmsCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        private const int MaximumKeyLength = 100;
        private const int MaximumCdnKeyLength = 255;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 255, What = "an OMS sync task id")]
        [ArgumentCompleter(typeof(OmsSyncTaskIdCompleter))]
        public string[] SyncTaskId { get; set; } = new string[0];

        /// <summary>The source cloud's keys: user name = AK, password = SK. Not needed for URL-list tasks.</summary>
        [Parameter]
        [Credential]
        public PSCredential? SourceCredential { get; set; }

        /// <summary>The destination (Huawei Cloud OBS) keys: user name = AK, password = SK.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNull]
        [Credential]
        public PSCredential? DestinationCredential { get; set; }

        [Parameter]
        public SecureString? CdnAuthenticationKey { get; set; }

        /// <summary>The task migrates a URL list: no source keys are sent. Bound from piped OmsSyncTask objects.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter IsUrlList { get; set; }

        protected override void OnBegin()
        {
            if (SourceCredential is not null) CheckKeys(SourceCredential, "SourceCredential");
            CheckKeys(DestinationCredential!, "DestinationCredential");
            if (CdnAuthenticationKey is not null && CdnAuthenticationKey.Length > MaximumCdnKeyLength)
                ThrowInvalidArgument("CdnAuthenticationKey", "-CdnAuthenticationKey must be at most " + MaximumCdnKeyLength + " characters.");
        }

        protected override void ProcessRecord()
        {
            if (!IsUrlList && SourceCredential is null)
            {
                WriteError(ErrorRecords.InvalidArgument("SourceCredentialRequired",
                    "OMS sync task " + IdList(SyncTaskId) + " needs the source cloud's keys: pass -SourceCredential (user name = AK, password = SK), " +
                    "or -IsUrlList for a task that migrates a URL list.", IdList(SyncTaskId)));
                return;
            }
            var keys = new OmsStartKeys(AccessKeyOf(DestinationCredential!), DestinationCredential!.Password) { CdnAuthenticationKey = CdnAuthenticationKey };
            if (!IsUrlList) keys.SetSource(AccessKeyOf(SourceCredential!), SourceCredential!.Password);
            else if (SourceCredential is not null) Streams.Verbose("OMS sync task " + IdList(SyncTaskId) + " migrates a URL list; -SourceCredential is not sent.");
            ForEachId(SyncTaskId, task => "Start OMS sync task " + task, "OmsSyncTaskNotFound", async (task, call, ct) =>
            {
                await Oms.StartSyncTaskAsync(call.Target, task, keys, call.Options, ct).ConfigureAwait(false);
                call.Write(await Oms.GetSyncTaskAsync(call.Target, task, call.Options, ct).ConfigureAwait(false));
            });
        }


        private void CheckKeys(PSCredential credential, string parameter)
        {
            var ak = AccessKeyOf(credential);
            if (ak.Length == 0 || ak.Length > MaximumKeyLength)
                ThrowInvalidArgument(parameter, "-" + parameter + " must have the access key (AK) as its user name, 1 to " + MaximumKeyLength + " characters.");
            if (credential.Password is null || credential.Password.Length == 0 || credential.Password.Length > MaximumKeyLength)
                ThrowInvalidArgument(parameter, "-" + parameter + " must have the secret key (SK) as its password, 1 to " + MaximumKeyLength + " characters.");
            foreach (var c in ak)
            {
                if (char.IsControl(c) || char.IsWhiteSpace(c)) ThrowInvalidArgument(parameter, "-" + parameter + " has an access key with whitespace or control characters.");
            }
        }

    }
}
