namespace HwTasks.Core.Services.Aom
{
    // Based on long so that ConvertTo-Json writes the name, not a number (why: WireEnumConverter).
    public enum AomWorkflowType : long
    {
        Unknown,
        Cron,
        Event,
        Manual,
    }
}
