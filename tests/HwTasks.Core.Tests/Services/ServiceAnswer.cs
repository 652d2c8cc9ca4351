using HwTasks.Core.Tests.Http;

namespace HwTasks.Core.Tests.Services;

/// <summary>A loopback server that answers every request 200 with one body, as a service would send it.</summary>
internal static class ServiceAnswer
{
    public static ScriptedServer Serving(string body, string contentType = "application/json") =>
        new((_, _) => new ScriptedResponse { Body = body, Headers = new() { ["Content-Type"] = contentType, ["X-Request-Id"] = "rid-1" } });
}
