namespace HwTasks.Core.Services.Aom
{
    /// <summary>The outcome of turning a workflow's trigger on or off.</summary>
    public sealed class AomTriggerResult : ServiceObject
    {
        public string WorkflowId { get; internal set; } = string.Empty;
        public AomTriggerState State { get; internal set; }
        /// <summary>The service's reply text, literally {"success"}.</summary>
        public string Response { get; internal set; } = string.Empty;
        public string? RequestId { get; internal set; }

        public override string ToString() => WorkflowId + " trigger " + State;
    }
}
