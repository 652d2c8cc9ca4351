namespace HwTasks.Emulator.Services.Kafka;

/// <summary>Distributed Message Service for Kafka: the background tasks of instances, listed, read and deleted.</summary>
internal sealed class KafkaService() : EmulatedService<KafkaStore, KafkaSeed>("kafka", (clock, seed) => new(clock, seed), KafkaRoutes.Map);
