namespace HwTasks.Core.Endpoints
{
    /// <summary>The services HwTasks talks to. Kafka is served by DMS, DataArts Studio by "dayu".</summary>
    public enum CloudService
    {
        Cdm,
        Aom,
        Oms,
        Kafka,
        DataArts,
        Iam,
    }
}
