using System.Linq;
using System.Management.Automation;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.DataArts;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.DataArts
{
    /// <summary>
    /// The workspaces of the project's DataArts Studio instances (ListDataArtsStudioInstances, then
    /// ListManagerWorkSpaces per instance), or of the instances given; each pipes into Get-DataArtsMetadataTask.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "DataArtsWorkspace")]
    [OutputType(typeof(DataArtsWorkspace))]
    public sealed class GetDataArtsWorkspaceCommand : ServiceCmdlet
    {
        private const int PageSize = 50;

        /// <summary>The DataArts Studio instances whose workspaces to list; every instance of the project without it.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a DataArts Studio instance id")]
        [ArgumentCompleter(typeof(DataArtsInstanceIdCompleter))]
        public string[]? InstanceId { get; set; }

        protected internal override CloudService TargetService => DataArtsService.Instance;

        protected override void ProcessRecord()
        {
            var instances = InstanceId ?? AllInstances();
            foreach (var instance in instances)
            {
                ForItem(instance, "DataArtsInstanceNotFound", () => new Pager(this, null).ByOffset(PageSize,
                    (offset, limit) => Call((target, options, ct) => DataArtsCmdlet.DataArts.ListWorkspacesAsync(target, instance, offset, limit, options, ct)),
                    workspace => workspace.WorkspaceId));
            }
        }

        private string[] AllInstances()
        {
            var found = new Collected<DataArtsInstance>(this);
            ForItem(null, null, () => new Pager(found, null).ByOffset(PageSize,
                (offset, limit) => Call((target, options, ct) => DataArtsCmdlet.DataArts.ListInstancesAsync(target, offset, limit, options, ct)),
                instance => instance.InstanceId));
            return found.Items.Where(i => !string.IsNullOrEmpty(i.InstanceId)).Select(i => i.InstanceId!).ToArray();
        }
    }
}
