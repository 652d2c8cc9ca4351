using HwTasks.Emulator.Hosting;
using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Services.Cdm;

/// <summary>ListClusters: GET /v1.1/{project_id}/clusters, every cluster of the project at once (the SDK's request has no parameters).</summary>
internal static class CdmClusterRoutes
{
    public static void Map(ServiceRoutes<CdmStore> routes) =>
        routes.Map(HttpMethods.Get, "/v1.1/{projectId}/clusters", (_, cdm) => cdm.Clusters().ToReply(Reply.JsonUtf8));
}
