using System.Management.Automation;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Cdm;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>The cluster every CDM command acts in; bound from piped jobs and submissions.</summary>
    public abstract class CdmCmdlet : ServiceCmdlet
    {
        internal static readonly CdmClient Cdm = new CdmClient();

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a CDM cluster id")]
        [ArgumentCompleter(typeof(CdmClusterIdCompleter))]
        public string ClusterId { get; set; } = string.Empty;

        protected internal override CloudService TargetService => CdmService.Instance;

        protected string JobSentence(string verb, string jobName) => verb + " CDM job '" + jobName + "' on cluster " + ClusterId;
    }
}
