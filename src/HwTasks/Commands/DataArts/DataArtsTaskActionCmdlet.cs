using System.Management.Automation;
using HwTasks.Internal;
using HwTasks.Core.Services.DataArts;
using HwTasks.Validation;

namespace HwTasks.Commands.DataArts
{
    /// <summary>Start, schedule or stop one metadata collection task (ExecuteTaskAction).</summary>
    public abstract class DataArtsTaskActionCmdlet : DataArtsCmdlet, IThrottled
    {
        /// <summary>How many piped items' requests may be in flight at once (1: one after another).</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 1;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [TextOnly]
        [ValidateIdentifier(1, 64, What = "a DataArts metadata task id")]
        [ArgumentCompleter(typeof(DataArtsTaskIdCompleter))]
        public string[] TaskId { get; set; } = new string[0];

        protected abstract DataArtsTaskAction Action { get; }

        protected override void ProcessRecord()
        {
            var workspace = WorkspaceId;
            var action = Action;
            ForEachId(TaskId, task => action + " DataArts metadata task " + task + " in workspace " + workspace, "DataArtsTaskNotFound", async (task, call, ct) =>
                call.Write(await DataArts.ExecuteActionAsync(call.Target, workspace, task, action, call.Options, ct).ConfigureAwait(false)));
        }
    }
}
