using System;
using System.Collections.Generic;
using System.Linq;

namespace HwTasks.Core.Endpoints
{
    /// <summary>
    /// A service HwTasks talks to: the facts its endpoints and messages need. Each service defines
    /// itself in its own folder (Services/&lt;Svc&gt;/&lt;Svc&gt;Service.cs, one subclass with one
    /// instance); <see cref="All"/> finds them, so no list of services is kept anywhere else.
    /// </summary>
    public abstract class CloudService
    {
        private static readonly Lazy<IReadOnlyList<CloudService>> Defined = new Lazy<IReadOnlyList<CloudService>>(Discover);

        protected CloudService(string name, string displayName, string hostPrefix, string overrideName, string regions)
        {
            Name = name;
            DisplayName = displayName;
            HostPrefix = hostPrefix;
            OverrideName = overrideName;
            Regions = regions.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        }

        /// <summary>What -Service takes and messages name: Cdm, Aom, Oms, Kafka, DataArts, Iam.</summary>
        public string Name { get; }
        /// <summary>The name users know, used in messages ("CDM", "DataArts Studio").</summary>
        public string DisplayName { get; }
        /// <summary>The first label of the endpoint host: cdm, aom, oms, dms, dayu, iam.</summary>
        public string HostPrefix { get; }
        /// <summary>SVC in HUAWEICLOUD_SDK_REGION_&lt;SVC&gt;_&lt;REGION&gt;.</summary>
        public string OverrideName { get; }
        /// <summary>The regions the SDKs know this service in; empty for one offered everywhere (IAM).</summary>
        public IReadOnlyList<string> Regions { get; }

        /// <summary>Regional services take X-Project-Id and paths with a project id; IAM does not.</summary>
        public virtual bool IsRegional => true;

        /// <summary>
        /// A variable that names this service's endpoint in every region (IAM's
        /// HUAWEICLOUD_SDK_IAM_ENDPOINT, also set by iam_endpoint in a credentials file), or null.
        /// </summary>
        public virtual string? EndpointVariable => null;

        /// <summary>The domain of the public endpoint in a region (one service's exception lives in its own definition).</summary>
        public virtual string DomainIn(string region) => "myhuaweicloud.com";

        /// <summary>
        /// The error id for a service error code that says an object the request depends on is gone
        /// (CDM's Cdm.0002, "Cluster[...] doesn't exist"), whatever the status; null for the command's own.
        /// </summary>
        public virtual string? MissingObjectErrorId(string serviceErrorCode) => null;

        /// <summary>The service of a display name as errors carry it ("CDM"), or null.</summary>
        public static CloudService? OfDisplayName(string? displayName) =>
            All.FirstOrDefault(s => string.Equals(s.DisplayName, displayName, StringComparison.Ordinal));

        /// <summary>True when the service is offered in the region (or everywhere).</summary>
        public bool Serves(string region) => Regions.Count == 0 || Regions.Contains(region);

        /// <summary>Every service defined in this assembly, in name order.</summary>
        public static IReadOnlyList<CloudService> All => Defined.Value;

        /// <summary>
        /// The service of a name, ignoring case. PowerShell uses this to bind a string to a parameter
        /// of this type (-Service Cdm), and its message lists the names that exist.
        /// </summary>
        public static CloudService Parse(string name) =>
            All.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException("'" + name + "' is not a service HwTasks knows. Use one of: " + string.Join(", ", All.Select(s => s.Name)) + ".");

        public override string ToString() => Name;

        private static IReadOnlyList<CloudService> Discover() =>
            typeof(CloudService).Assembly.GetTypes()
                .Where(t => t.IsSubclassOf(typeof(CloudService)) && !t.IsAbstract)
                .Select(InstanceOf)
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .ToList();

        // Each service is its one Instance (callers use CdmService.Instance); a missing one is named, not a NullReferenceException.
        private static CloudService InstanceOf(Type type) =>
            type.GetField("Instance", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null) as CloudService
            ?? throw new InvalidOperationException(type.FullName + " needs `public static readonly " + type.Name + " Instance`, the one instance CloudService.All lists.");
    }
}
