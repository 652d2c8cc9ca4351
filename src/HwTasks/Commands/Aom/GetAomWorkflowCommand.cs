using System.Management.Automation;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Services.Aom;
using HwTasks.Internal;
using HwTasks.Validation;

namespace HwTasks.Commands.Aom
{
    /// <summary>AOM workflows (ListWorkflow), optionally by name and type, page by page. There is no single-workflow read.</summary>
    [Cmdlet(VerbsCommon.Get, "AomWorkflow", SupportsPaging = true)]
    [OutputType(typeof(AomWorkflow))]
    public sealed class GetAomWorkflowCommand : AomCmdlet
    {
        private const int PageSize = 100;

        /// <summary>Matches workflow names containing this text (the service's search).</summary>
        [Parameter(Position = 0)]
        [TextArgument]
        [ValidateIdentifier(1, 128, What = "a workflow name to search for")]
        public string? Name { get; set; }

        [Parameter]
        [ValidateSet("cron", "event", "manual", IgnoreCase = true)]
        public string? Type { get; set; }

        protected override void ProcessRecord() =>
            ForItem(Name, "AomWorkflowNotFound", () =>
            {
                var target = Target;
                var options = NewCallOptions();
                AomWorkflowType? type = Type is null ? null : (AomWorkflowType)System.Enum.Parse(typeof(AomWorkflowType), Type, true);
                new Pager(this, PagingParameters).ByPageNumber(PageSize, 0,
                    (page, size) => Await(ct => Aom.ListWorkflowsAsync(target, Name, type, page, size, options, ct)),
                    workflow => workflow.WorkflowId);
            });
    }
}
