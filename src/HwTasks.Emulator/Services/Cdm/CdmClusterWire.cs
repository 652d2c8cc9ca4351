using System.Globalization;
using System.Text.Json.Nodes;

namespace HwTasks.Emulator.Services.Cdm;

/// <summary>
/// A cluster as ListClusters sends it: the SDK's model Clusters, camelCase, with the status a code in a
/// string and the times ISO 8601 text (YYYY-MM-DDThh:mm:ssZ), unlike the jobs' epoch milliseconds.
/// </summary>
internal static class CdmClusterWire
{
    public static JsonObject Cluster(CdmCluster cluster) => new()
    {
        ["id"] = cluster.Id,
        ["name"] = cluster.Name,
        ["status"] = cluster.Status,
        ["statusDetail"] = cluster.StatusDetail,
        ["isFrozen"] = cluster.Status == "800" ? "1" : "0",
        ["created"] = Iso(cluster.Created),
        ["updated"] = Iso(cluster.Created),
        ["flavorName"] = cluster.FlavorName,
        ["clusterMode"] = "sharding",
        ["dbuser"] = "cdm",
        ["recentEvent"] = 0,
        ["isAutoOff"] = false,
        ["isScheduleBootOff"] = false,
        ["datastore"] = new JsonObject { ["type"] = "cdm", ["version"] = "2.10.0" },
    };

    private static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
