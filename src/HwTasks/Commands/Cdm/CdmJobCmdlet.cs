using System.Management.Automation;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Cdm
{
    /// <summary>The commands that act on one named job of the cluster (start, stop, status).</summary>
    public abstract class CdmJobCmdlet : CdmCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [TextOnly]
        [ValidateIdentifier(1, 256, What = "a CDM job name")]
        [ArgumentCompleter(typeof(CdmJobNameCompleter))]
        public string JobName { get; set; } = string.Empty;
    }
}
