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
        public string TaskId { get; set; } = string.Empty;

        protected abstract DataArtsTaskAction Action { get; }

        protected override void ProcessRecord()
        {
            if (!ShouldChange(Action + " DataArts metadata task " + TaskId + " in workspace " + WorkspaceId)) return;
            var workspace = WorkspaceId;
            var task = TaskId;
            ForItemCall(task, "DataArtsTaskNotFound", async (call, ct) =>
                call.Write(await DataArts.ExecuteActionAsync(call.Target, workspace, task, Action, call.Options, ct).ConfigureAwait(false)));
        }
    }
}
