namespace HwTasks.Core.Services.Aom
{
    public enum AomWorkflowType
    {
        Unknown,
        Cron,
        Event,
        Manual,
    }
}
