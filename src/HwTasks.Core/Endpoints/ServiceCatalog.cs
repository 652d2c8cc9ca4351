using System;
using System.Collections.Generic;

namespace HwTasks.Core.Endpoints
{
    /// <summary>Host prefixes, override names and the regions each service is offered in (API.md section 3).</summary>
    public static class ServiceCatalog
    {
        private static readonly Dictionary<CloudService, ServiceInfo> Services = new Dictionary<CloudService, ServiceInfo>
        {
            [CloudService.Cdm] = new ServiceInfo("CDM", "cdm", "CDM", Split(
                "cn-north-4 cn-north-1 cn-east-2 cn-east-3 cn-south-1 ap-southeast-2 ap-southeast-1 cn-southwest-2 sa-brazil-1 af-south-1 " +
                "cn-south-2 la-south-2 cn-north-9 cn-north-2 na-mexico-1 la-north-2 ap-southeast-3 ap-southeast-4 tr-west-1 ae-ad-1")),
            [CloudService.Aom] = new ServiceInfo("AOM", "aom", "AOM", Split(
                "cn-north-4 cn-east-3 cn-south-1 cn-east-2 cn-north-1 cn-southwest-2 ap-southeast-1 af-south-1 ap-southeast-2 ap-southeast-3 " +
                "ap-southeast-4 cn-north-2 ru-northwest-2 la-south-2 sa-brazil-1 la-north-2 cn-north-9 cn-south-2 na-mexico-1 tr-west-1 " +
                "me-east-1 ae-ad-1 ru-moscow-1 my-kualalumpur-1 ap-southeast-5 af-north-1 cn-north-12 cn-east-5 cn-east-4 cn-north-11 cn-southwest-3")),
            [CloudService.Oms] = new ServiceInfo("OMS", "oms", "OMS", Split(
                "cn-north-4 cn-north-1 cn-east-2 cn-east-3 cn-south-1 ap-southeast-1 ap-southeast-3 la-south-2 cn-south-4 cn-southwest-2 " +
                "ap-southeast-4 cn-north-9 ap-southeast-2 la-north-2 tr-west-1 sa-brazil-1 me-east-1 af-south-1 cn-east-4 ap-southeast-5 cn-north-12")),
            [CloudService.Kafka] = new ServiceInfo("Kafka", "dms", "KAFKA", Split(
                "eu-west-101 cn-north-1 cn-north-2 cn-north-4 cn-east-3 cn-east-2 cn-south-1 cn-south-2 cn-southwest-2 ap-southeast-1 " +
                "ap-southeast-2 ap-southeast-3 af-south-1 ru-northwest-2 cn-north-9 la-south-2 sa-brazil-1 la-north-2 na-mexico-1 " +
                "ap-southeast-4 tr-west-1 ae-ad-1 eu-west-0 me-east-1 cn-east-5 my-kualalumpur-1 cn-east-4 af-north-1 ap-southeast-5 " +
                "ru-moscow-1 cn-south-4 cn-north-12 cn-north-11 cn-southwest-3")),
            [CloudService.DataArts] = new ServiceInfo("DataArts Studio", "dayu", "DATAARTSSTUDIO", Split(
                "cn-north-1 cn-north-2 cn-north-4 cn-east-3 cn-east-2 cn-south-1 ap-southeast-1 ap-southeast-2 ap-southeast-3 af-south-1 " +
                "ru-northwest-2 sa-brazil-1 la-south-2 la-north-2 na-mexico-1 cn-north-9 cn-southwest-2 ap-southeast-4 tr-west-1 me-east-1 " +
                "eu-west-101 ae-ad-1 cn-north-11 ru-moscow-1 my-kualalumpur-1 cn-east-4")),
            // IAM is offered everywhere the others are; it is never refused for a region.
            [CloudService.Iam] = new ServiceInfo("IAM", "iam", "IAM", Array.Empty<string>()),
        };

        public static ServiceInfo Get(CloudService service) => Services[service];

        public static IReadOnlyList<string> RegionsOf(CloudService service) => Services[service].Regions;

        private static string[] Split(string regions) => regions.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
    }

    public sealed class ServiceInfo
    {
        internal ServiceInfo(string displayName, string hostPrefix, string overrideName, IReadOnlyList<string> regions)
        {
            DisplayName = displayName;
            HostPrefix = hostPrefix;
            OverrideName = overrideName;
            Regions = regions;
        }

        /// <summary>The name users know, used in messages ("CDM", "DataArts Studio").</summary>
        public string DisplayName { get; }
        /// <summary>The first label of the endpoint host: cdm, aom, oms, dms, dayu, iam.</summary>
        public string HostPrefix { get; }
        /// <summary>SVC in HUAWEICLOUD_SDK_REGION_&lt;SVC&gt;_&lt;REGION&gt;.</summary>
        public string OverrideName { get; }
        public IReadOnlyList<string> Regions { get; }
    }
}
