namespace HwTasks.Core.Services.Kafka
{
    // Based on long so that ConvertTo-Json writes the name, not a number (why: WireEnumConverter).
    public enum KafkaTaskStatus : long
    {
        Unknown,
        Created,
        Executing,
        Success,
        Failed,
        Cancelled,
        Deleted,
    }
}
