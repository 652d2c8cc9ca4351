using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HwTasks.Core.Endpoints;
using HwTasks.Validation;

namespace HwTasks.Commands.Regions
{
    /// <summary>The regions each service is offered in and their public endpoints, from HwTasks' own catalog: no request is sent.</summary>
    [Cmdlet(VerbsCommon.Get, "HwCloudRegion")]
    [OutputType(typeof(HwCloudRegion))]
    public sealed class GetHwCloudRegionCommand : HwCloudCmdlet
    {
        /// <summary>Cdm, Aom, Oms, Kafka, DataArts or Iam: PowerShell binds each name through CloudService.Parse.</summary>
        [Parameter(Position = 0)]
        [ArgumentCompleter(typeof(ServiceNameCompleter))]
        public CloudService[]? Service { get; set; }

        /// <summary>Region ids or wildcard patterns (cn-north-*), ignoring case.</summary>
        [Parameter(Position = 1)]
        [TextOnly]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string[]? Name { get; set; }

        protected override void EndProcessing()
        {
            var services = Service is { Length: > 0 } ? Service.Distinct().OrderBy(s => s.Name, StringComparer.Ordinal) : CloudService.All.AsEnumerable();
            var regions = services.SelectMany(RegionCatalog.For).ToList();
            var patterns = (Name ?? Array.Empty<string>()).Select(n => new WildcardPattern(n.Trim(), WildcardOptions.IgnoreCase)).ToList();
            foreach (var region in regions)
            {
                if (patterns.Count == 0 || patterns.Any(p => p.IsMatch(region.Region))) WriteObject(region);
            }
            foreach (var name in (Name ?? Array.Empty<string>()).Where(n => !WildcardPattern.ContainsWildcardCharacters(n)))
            {
                if (!regions.Any(r => string.Equals(r.Region, name.Trim(), StringComparison.OrdinalIgnoreCase))) WriteError(NotFound(name, services));
            }
        }

        // As Get-Process -Name: a plain name that matches nothing is an error, a pattern that matches nothing is not.
        private ErrorRecord NotFound(string name, IEnumerable<CloudService> services)
        {
            var chosen = Service is { Length: > 0 };
            var message = "'" + name.Trim() + "' is not a region " +
                          (chosen ? string.Join(" or ", services.Select(s => s.DisplayName)) : "any service HwTasks knows") + " is offered in. Run Get-HwCloudRegion" +
                          (chosen ? " -Service " + string.Join(",", services.Select(s => s.Name)) : string.Empty) + " to list the regions.";
            return new ErrorRecord(new ItemNotFoundException(message), "RegionNotFound", ErrorCategory.ObjectNotFound, name);
        }
    }
}
