namespace HwTasks.Core.Services.Kafka
{
    public enum KafkaTaskStatus
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
