using System;
using System.Collections.Generic;
using System.Linq;

namespace HwTasks.Core.Endpoints
{
    /// <summary>
    /// The regions each service is offered in and its public endpoint there, from the services'
    /// own definitions: what HwTasks would call with no endpoint setting, found without the network.
    /// </summary>
    public static class RegionCatalog
    {
        // The table alone: no HUAWEICLOUD_SDK_REGION_* override or IAM endpoint setting of this machine.
        private static readonly EndpointResolver PublicTable = new EndpointResolver(_ => null);

        private static readonly Lazy<IReadOnlyList<string>> Known = new Lazy<IReadOnlyList<string>>(() =>
            CloudService.All.SelectMany(s => s.Regions).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList());

        /// <summary>Every region some service is listed in, in ordinal order.</summary>
        public static IReadOnlyList<string> KnownRegions => Known.Value;

        /// <summary>
        /// The service's regions in ordinal order. A service offered everywhere (IAM) lists every region
        /// another service is in: those are the regions HwTasks has a use for it.
        /// </summary>
        public static IEnumerable<HwCloudRegion> For(CloudService service) =>
            (service.Regions.Count > 0 ? service.Regions.OrderBy(r => r, StringComparer.Ordinal) : KnownRegions.AsEnumerable())
                .Select(region => new HwCloudRegion(service, region, PublicTable.Resolve(service, region).BaseUri.GetLeftPart(UriPartial.Authority)));
    }
}
