using System.Management.Automation;
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
        [TextOnly]
        [ValidateIdentifier(1, 128, What = "a workflow name to search for")]
        public string? Name { get; set; }

        /// <summary>Cron, Event or Manual (sent lower-case); the enum's Unknown is what a new service type reads as, not a filter.</summary>
        [Parameter]
        [ValidateSet("Cron", "Event", "Manual", IgnoreCase = true)]
        public AomWorkflowType? Type { get; set; }

        protected override void ProcessRecord() =>
            ForItem(Name, "AomWorkflowNotFound", () =>
            {
                new Pager(this, PagingParameters).ByPageNumber(PageSize, 0,
                    (page, size) => Call((target, options, ct) => Aom.ListWorkflowsAsync(target, Name, Type, page, size, options, ct)),
                    workflow => workflow.WorkflowId);
            });
    }
}
