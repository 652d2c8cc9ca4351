using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Http;
using HwTasks.Internal.Waiting;
using HwTasks.Core.Services.Oms;

namespace HwTasks.Commands.Oms
{
    /// <summary>An OMS sync task, polled with ShowSyncTask until it is STOPPED (a synchronizing task runs until stopped).</summary>
    internal sealed class OmsSyncTaskWaitable : Waitable
    {
        private static OmsClient Oms => OmsCmdlet.Oms;
        private OmsSyncTask _current;

        public OmsSyncTaskWaitable(ServiceTarget target, OmsSyncTask task) : base(target) => _current = task;

        public override string Description => "OMS sync task " + _current.SyncTaskId;
        public override object Current => _current;
        public override bool IsFinished => _current.Status == OmsSyncTaskStatus.Stopped;
        public override string? Failure => null;
        public override string FailureId => "OmsSyncTaskFailed";
        public override string NotFoundId => "OmsSyncTaskNotFound";
        public override string Status => _current.Status + (_current.MonthlySuccessObject.HasValue ? ", " + _current.MonthlySuccessObject + " objects this month" : string.Empty);

        public override async Task RefreshAsync(CallOptions options, CancellationToken cancellationToken) =>
            _current = await Oms.GetSyncTaskAsync(Target, _current.SyncTaskId!, options, cancellationToken).ConfigureAwait(false);
    }
}
