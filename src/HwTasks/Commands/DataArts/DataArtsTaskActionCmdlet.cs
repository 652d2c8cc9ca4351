using System.Management.Automation;
using HwTasks.Core.Services.DataArts;
using HwTasks.Validation;

namespace HwTasks.Commands.DataArts
{
    /// <summary>Start, schedule or stop one metadata collection task (ExecuteTaskAction).</summary>
    public abstract class DataArtsTaskActionCmdlet : DataArtsCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a DataArts metadata task id")]
        public string TaskId { get; set; } = string.Empty;

        protected abstract DataArtsTaskAction Action { get; }

        protected override void ProcessRecord()
        {
            if (!ShouldChange(Action + " DataArts metadata task " + TaskId + " in workspace " + WorkspaceId)) return;
            ForItem(TaskId, "DataArtsTaskNotFound", () =>
            {
                WriteObject(Call((target, options, ct) => DataArts.ExecuteActionAsync(target, WorkspaceId, TaskId, Action, options, ct)));
            });
        }
    }
}
