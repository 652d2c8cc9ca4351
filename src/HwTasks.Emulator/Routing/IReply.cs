namespace HwTasks.Emulator.Routing;

/// <summary>What a handler answers; written once the handler has returned (ASP.NET Core's IResult).</summary>
internal interface IReply
{
    Task WriteAsync(RequestContext context);
}
