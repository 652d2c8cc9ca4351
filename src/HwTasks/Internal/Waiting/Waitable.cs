using System.Threading;
using System.Threading.Tasks;
using HwTasks.Core.Http;

namespace HwTasks.Internal.Waiting
{
    /// <summary>Something Wait-HwTask can poll until it stops changing: a CDM run, an OMS sync task, a DataArts run, a Kafka task.</summary>
    internal abstract class Waitable
    {
        protected Waitable(ServiceTarget target) => Target = target;

        public ServiceTarget Target { get; }

        /// <summary>"CDM job 'jdbc2hive' on cluster 6ec9…": for progress and messages.</summary>
        public abstract string Description { get; }
        /// <summary>The run's own id beside <see cref="Description"/> (a CDM submission), or null when the description names it.</summary>
        public virtual string? RunId => null;
        /// <summary>The latest object, written when the wait ends.</summary>
        public abstract object Current { get; }
        public abstract bool IsFinished { get; }
        /// <summary>
        /// True when the item can never change again (a CDM run that ended): then a state it is not in
        /// can no longer come. A sync task that stopped can be started again, so it is never terminal.
        /// </summary>
        public virtual bool IsTerminal => IsFinished;
        /// <summary>Why it ended badly (the service's error summary), or null when it ended well.</summary>
        public abstract string? Failure { get; }
        /// <summary>The error id for a failure, e.g. "CdmJobFailed".</summary>
        public abstract string FailureId { get; }
        /// <summary>The error id for a 404 while polling, e.g. "CdmJobNotFound".</summary>
        public abstract string NotFoundId { get; }
        /// <summary>For progress: the state and anything worth saying beside it.</summary>
        public abstract string Status { get; }
        /// <summary>The state by name, as -Status of Wait-HwTask names it (Running, Stopped, Success...).</summary>
        public abstract string State { get; }
        /// <summary>Every state this kind of item can be in, for -Status (what it may wait for).</summary>
        public abstract System.Collections.Generic.IReadOnlyCollection<string> States { get; }
        /// <summary>0–100, or -1 when the service does not say.</summary>
        public virtual int Percent => -1;

        public abstract Task RefreshAsync(CallOptions options, CancellationToken cancellationToken);
    }
}
