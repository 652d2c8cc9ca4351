using HwTasks.Core.Endpoints;

namespace HwTasks.Core.Services.Kafka
{
    /// <summary>Distributed Message Service for Kafka: dms.{region}.myhuaweicloud.com, but .eu in eu-west-101.</summary>
    public sealed class KafkaService : CloudService
    {
        public static readonly KafkaService Instance = new KafkaService();

        private KafkaService() : base("Kafka", "Kafka", "dms", "KAFKA",
            "eu-west-101 cn-north-1 cn-north-2 cn-north-4 cn-east-3 cn-east-2 cn-south-1 cn-south-2 cn-southwest-2 ap-southeast-1 " +
            "ap-southeast-2 ap-southeast-3 af-south-1 ru-northwest-2 cn-north-9 la-south-2 sa-brazil-1 la-north-2 na-mexico-1 " +
            "ap-southeast-4 tr-west-1 ae-ad-1 eu-west-0 me-east-1 cn-east-5 my-kualalumpur-1 cn-east-4 af-north-1 ap-southeast-5 " +
            "ru-moscow-1 cn-south-4 cn-north-12 cn-north-11 cn-southwest-3")
        {
        }

        // The SDKs' endpoint table: Kafka in eu-west-101 is served from the European domain.
        public override string DomainIn(string region) => region == "eu-west-101" ? "myhuaweicloud.eu" : base.DomainIn(region);
    }
}
