using HwTasks.Emulator.Time;

namespace HwTasks.Emulator.Services.Kafka;

/// <summary>Distributed Message Service for Kafka: the background tasks of instances, listed, read and deleted.</summary>
internal sealed class KafkaService : EmulatedService<KafkaStore, KafkaSeed>
{
    public override string SeedSection => "kafka";

    protected override KafkaStore CreateStore(EmulatorClock clock, KafkaSeed? seed) => new(clock, seed);

    protected override void MapRoutes(ServiceRoutes<KafkaStore> routes) => KafkaRoutes.Map(routes);
}
