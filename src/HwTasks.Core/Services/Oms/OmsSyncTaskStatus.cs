namespace HwTasks.Core.Services.Oms
{
    // Based on long so that ConvertTo-Json writes the name, not a number (why: WireEnumConverter).
    public enum OmsSyncTaskStatus : long
    {
        Unknown,
        Synchronizing,
        Stopped,
    }
}
