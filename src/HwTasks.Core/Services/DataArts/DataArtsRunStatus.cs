namespace HwTasks.Core.Services.DataArts
{
    /// <summary>
    /// How a metadata task's last run went (wire: RUNNING, SUCCESS, FAILED, STOPPED). A value not
    /// listed here reads as Unknown; the task's LastRunStatusText keeps what the service sent.
    /// </summary>
    // Based on long so that ConvertTo-Json writes the name, not a number (why: WireEnumConverter).
    public enum DataArtsRunStatus : long
    {
        Unknown,
        Running,
        Success,
        Failed,
        Stopped,
    }
}
