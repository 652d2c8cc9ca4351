namespace HwTasks.Core.Services.Oms
{
    public enum OmsSyncTaskStatus
    {
        Unknown,
        Synchronizing,
        Stopped,
    }
}
