using System.Management.Automation;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>The commands that act on named jobs of the cluster (start, stop, status): each name is one item.</summary>
    public abstract class CdmJobCmdlet : CdmCmdlet
    {
        /// <summary>The cluster the jobs are in; bound from piped jobs and submissions.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a CDM cluster id")]
        [ArgumentCompleter(typeof(CdmClusterIdCompleter))]
        public string ClusterId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [TextOnly]
        [ValidateIdentifier(1, 256, What = "a CDM job name")]
        [ArgumentCompleter(typeof(CdmJobNameCompleter))]
        public string[] JobName { get; set; } = new string[0];

        /// <summary>For -AsJob, which asks once for the whole record: "Start CDM jobs 'a', 'b' on cluster c".</summary>
        protected string JobsSentence(string verb) => JobName.Length == 1
            ? JobSentence(verb, JobName[0])
            : verb + " CDM jobs '" + string.Join("', '", JobName) + "' on cluster " + ClusterId;

        protected string JobSentence(string verb, string jobName) => verb + " CDM job '" + jobName + "' on cluster " + ClusterId;
    }
}
