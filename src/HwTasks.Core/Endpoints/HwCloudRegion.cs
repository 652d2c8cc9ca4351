namespace HwTasks.Core.Endpoints
{
    /// <summary>One region a service is offered in, with the public endpoint HwTasks calls there (Get-HwCloudRegion).</summary>
    public sealed class HwCloudRegion
    {
        internal HwCloudRegion(CloudService service, string region, string endpoint)
        {
            Service = service.Name;
            DisplayName = service.DisplayName;
            Region = region;
            Endpoint = endpoint;
        }

        /// <summary>The name -Service takes: Cdm, Aom, Oms, Kafka, DataArts, Iam.</summary>
        public string Service { get; }
        /// <summary>The name users know: CDM, DataArts Studio, ...</summary>
        public string DisplayName { get; }
        /// <summary>The region id, for -Region: cn-north-4.</summary>
        public string Region { get; }
        /// <summary>The public base URL, without a trailing slash: https://cdm.cn-north-4.myhuaweicloud.com.</summary>
        public string Endpoint { get; }

        public override string ToString() => Service + " " + Region + " " + Endpoint;
    }
}
