using System.Management.Automation;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.DataArts;
using HwTasks.Validation;

namespace HwTasks.Commands.DataArts
{
    /// <summary>The DataArts Studio workspace every metadata task command acts in (sent in the "workspace" header).</summary>
    public abstract class DataArtsCmdlet : ServiceCmdlet
    {
        internal static readonly DataArtsClient DataArts = new DataArtsClient();

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a DataArts workspace id")]
        [ArgumentCompleter(typeof(DataArtsWorkspaceIdCompleter))]
        public string WorkspaceId { get; set; } = string.Empty;

        protected internal override CloudService TargetService => DataArtsService.Instance;
    }
}
