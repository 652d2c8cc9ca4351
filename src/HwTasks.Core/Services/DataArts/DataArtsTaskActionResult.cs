namespace HwTasks.Core.Services.DataArts
{
    /// <summary>What a start, schedule or stop did: the ids to pipe on and the request id to quote.</summary>
    public sealed class DataArtsTaskActionResult : ServiceObject
    {
        public string WorkspaceId { get; internal set; } = string.Empty;
        public string TaskId { get; internal set; } = string.Empty;
        public DataArtsTaskAction Action { get; internal set; }
        public string? RequestId { get; internal set; }
        /// <summary>When the service took the action, by its own clock (the response Date header) when it sent one.</summary>
        public System.DateTimeOffset RequestedTime { get; internal set; }

        public override string ToString() => Action + " " + TaskId;
    }
}
