using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Http;
using HwTasks.Internal.Waiting;
using HwTasks.Core.Services.Cdm;

namespace HwTasks.Commands.Cdm
{
    /// <summary>A CDM job run, polled with ShowJobStatus until SUCCEEDED, FAILED or another final state.</summary>
    internal sealed class CdmRunWaitable : Waitable
    {
        private static CdmClient Cdm => CdmCmdlet.Cdm;
        private CdmJobSubmission _current;

        // After Stop-CdmJob the run ends FAILED ("Job was stopped by user."): that is the stop, not a failure.
        private readonly bool _stopping;

        public CdmRunWaitable(ServiceTarget target, CdmJobSubmission submission, bool stopping = false) : base(target)
        {
            _current = submission;
            _stopping = stopping;
        }

        public override string Description => "CDM job '" + _current.JobName + "' on cluster " + _current.ClusterId;
        public override string? RunId => _current.SubmissionId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        public override object Current => _current;
        public override bool IsFinished => _current.IsFinished;
        public override string? Failure => !_stopping && _current.Status is CdmJobStatus.Failed or CdmJobStatus.FailureOnSubmit
            ? _current.ErrorSummary ?? "the run ended " + _current.Status + " without an error summary"
            : null;
        public override string FailureId => "CdmJobFailed";
        public override string NotFoundId => "CdmJobNotFound";
        public override string Status => _current.Status.ToString();
        public override string State => _current.Status.ToString();
        public override System.Collections.Generic.IReadOnlyCollection<string> States => WaitableStates.Of<CdmJobStatus>();
        public override int Percent => _current.Progress < 0 ? -1 : (int)System.Math.Min(100, _current.Progress);

        public override async Task RefreshAsync(CallOptions options, CancellationToken cancellationToken)
        {
            var submissions = await Cdm.GetJobStatusAsync(Target, _current.ClusterId, _current.JobName, options, cancellationToken).ConfigureAwait(false);
            // The status call answers with the latest run; prefer the one we started when it says which.
            _current = submissions.FirstOrDefault(s => s.SubmissionId == _current.SubmissionId && s.SubmissionId.HasValue)
                       ?? submissions.FirstOrDefault() ?? _current;
        }
    }
}
