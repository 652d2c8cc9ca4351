using System.Text.Json.Nodes;
using HwTasks.Emulator.Hosting;

namespace HwTasks.Emulator.Services.Cdm;

internal sealed partial class CdmStore
{
    /// <summary>ListClusters: the project's clusters in the order they were seeded.</summary>
    public Outcome Clusters()
    {
        lock (_gate)
        {
            var clusters = _clusters.Values.Select(c => (JsonNode)CdmClusterWire.Cluster(c)).ToArray();
            return Outcome.Ok(new JsonObject { ["clusters"] = new JsonArray(clusters) });
        }
    }
}
