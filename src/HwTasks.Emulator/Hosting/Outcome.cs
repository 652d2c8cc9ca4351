using System.Text.Json.Nodes;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Routing;

namespace HwTasks.Emulator.Hosting;

/// <summary>What a service operation answered: a status and a JSON body (or none). Stores return these; routes send them.</summary>
internal sealed record Outcome(int Status, JsonNode? Body)
{
    public static Outcome Ok(JsonNode body) => new(StatusCodes.Status200OK, body);

    public static Outcome NoBody(int status = StatusCodes.Status200OK) => new(status, null);

    public IReply ToReply(string contentType = Reply.Json) =>
        Body is null ? Reply.Empty(Status) : Reply.Of(Body, Status, contentType);
}
